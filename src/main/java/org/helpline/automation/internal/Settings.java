package org.helpline.automation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.automation.AutomationSettings;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.StaleEditException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * An organisation's automation settings: those its admins saved, else the defaults of {@link
 * AutomationProperties} at version 0. Saving checks the version read (409 when stale).
 */
@Component
public class Settings {

    private final SettingsRows rows;
    private final AutomationProperties defaults;
    private final AuditTrail audit;
    private final Clock clock;

    Settings(SettingsRows rows, AutomationProperties defaults, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.defaults = defaults;
        this.audit = audit;
        this.clock = clock;
    }

    public AutomationSettings of(String organisationId) {
        return rows.find(organisationId)
                .orElseGet(() -> new AutomationSettings(
                        days(defaults.closeResolvedAfterDays()),
                        days(defaults.remindAfterDays()),
                        defaults.autoAssign(),
                        0L));
    }

    /**
     * Since when new requests of the organisation are assigned automatically: since its admins
     * switched it on, or since ever when the defaults switch it on; empty while it is off.
     */
    Optional<Instant> autoAssignSince(String organisationId) {
        if (rows.find(organisationId).isEmpty()) {
            return defaults.autoAssign() ? Optional.of(Instant.EPOCH) : Optional.empty();
        }
        return rows.autoAssignSince(organisationId);
    }

    public AutomationSettings change(String organisationId, AutomationSettings changed) {
        if (changed.version() == null) {
            throw new InvalidInputException("version", "is required: send the version you read");
        }
        var before = of(organisationId);
        var now = clock.instant();
        if (before.version() != changed.version().longValue()) {
            throw new StaleEditException("AutomationSettings", organisationId);
        }
        if (changed.version() == 0L) {
            insert(organisationId, changed, now);
        } else if (!rows.update(organisationId, changed, changed.version(), now)) {
            throw new StaleEditException("AutomationSettings", organisationId);
        }
        audit.record(
                "automation.settings-changed",
                null,
                organisationId,
                AuditDetails.none()
                        .andChange(
                                "close resolved after days",
                                before.closeResolvedAfterDays(),
                                changed.closeResolvedAfterDays())
                        .andChange("remind after days", before.remindAfterDays(), changed.remindAfterDays())
                        .andChange("auto assign", before.autoAssign(), changed.autoAssign()));
        return of(organisationId);
    }

    private void insert(String organisationId, AutomationSettings changed, java.time.Instant now) {
        try {
            rows.insert(organisationId, changed, now);
        } catch (DuplicateKeyException savedMeanwhile) {
            throw new StaleEditException("AutomationSettings", organisationId);
        }
    }

    private static Integer days(int days) {
        return days == 0 ? null : days;
    }
}
