package org.helpline.sla;

import java.util.List;
import java.util.Optional;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.shared.StaleEditException;
import org.helpline.sla.internal.CalendarCache;
import org.helpline.sla.internal.Calendars;
import org.helpline.sla.internal.Policies;
import org.helpline.sla.internal.SettingsRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendars and SLA policies of a support organisation, as its admins edit them. Every method
 * acts within {@code organisationId}; edits are checked against the version the editor read
 * ({@link StaleEditException} otherwise) and audited in the same transaction.
 */
@Service
public class SlaSettings {

    private final Calendars calendars;
    private final Policies policies;
    private final CalendarCache cache;
    private final AuditTrail audit;

    SlaSettings(Calendars calendars, Policies policies, CalendarCache cache, AuditTrail audit) {
        this.calendars = calendars;
        this.policies = policies;
        this.cache = cache;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SlaCalendar> calendars(String organisationId) {
        return calendars.findAll(organisationId).stream()
                .map(header -> calendar(organisationId, header.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public SlaCalendar calendar(String organisationId, String calendarId) {
        return calendars
                .find(organisationId, calendarId)
                .orElseThrow(() -> new NotFoundException("Calendar", calendarId));
    }

    @Transactional
    public SlaCalendar createCalendar(String organisationId, String calendarId, CalendarChange change) {
        var calendar = SettingsRules.calendar(organisationId, SettingsRules.calendarId(calendarId), change);
        if (calendars.find(organisationId, calendarId).isPresent()) {
            throw new InvalidInputException("id", "is already the id of another calendar");
        }
        calendars.insert(calendar);
        audit.record("sla.calendar-created", null, calendarId, describe(calendar));
        return calendar(organisationId, calendarId);
    }

    @Transactional
    public SlaCalendar changeCalendar(String organisationId, String calendarId, CalendarChange change) {
        calendar(organisationId, calendarId);
        var calendar = SettingsRules.calendar(organisationId, calendarId, change);
        if (!calendars.update(calendar)) {
            throw new StaleEditException("Calendar", calendarId);
        }
        cache.evict(organisationId, calendarId);
        policies.calendarChanged(organisationId);
        audit.record("sla.calendar-changed", null, calendarId, describe(calendar));
        return calendar(organisationId, calendarId);
    }

    @Transactional(readOnly = true)
    public List<SlaPolicy> policies(String organisationId) {
        return policies.findAll(organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<SlaPolicy> policy(String organisationId, RequestCategory category, Severity severity) {
        return policies.find(organisationId, category, severity);
    }

    /** Stores the policy of (category, severity); a new one needs version 0. */
    @Transactional
    public SlaPolicy changePolicy(
            String organisationId, RequestCategory category, Severity severity, PolicyChange change) {
        var policy = SettingsRules.policy(organisationId, category, severity, change);
        if (calendars.find(organisationId, policy.calendarId()).isEmpty()) {
            throw new InvalidInputException("calendarId", "is not a calendar of this organisation");
        }
        var existing = policies.find(organisationId, category, severity);
        if (existing.isEmpty() && change.version() == 0) {
            policies.insert(policy);
        } else if (existing.isEmpty() || !policies.update(policy)) {
            throw new StaleEditException("SLA policy", category + " " + severity);
        }
        audit.record("sla.policy-changed", null, category + " " + severity, describe(policy));
        return policies.find(organisationId, category, severity).orElseThrow();
    }

    private static String describe(SlaCalendar calendar) {
        return "name: " + calendar.name() + "; zone: " + calendar.zone() + "; hours: " + calendar.hours()
                + "; holidays: " + calendar.holidays().size();
    }

    private static String describe(SlaPolicy policy) {
        return "first response: " + policy.firstResponse() + "; calendar: " + policy.calendarId()
                + "; update cadence: " + policy.updateCadenceMinutes() + " min; customer wait: "
                + policy.customerWait() + " then " + policy.downgradeTo();
    }
}
