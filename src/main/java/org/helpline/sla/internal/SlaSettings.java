package org.helpline.sla.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.shared.StaleEditException;
import org.helpline.sla.Deadlines;
import org.helpline.tenancy.TenantManagement;
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
    private final PolicyResolver resolver;
    private final AuditTrail audit;
    private final TenantManagement tenancy;

    SlaSettings(
            Calendars calendars,
            Policies policies,
            CalendarCache cache,
            PolicyResolver resolver,
            AuditTrail audit,
            TenantManagement tenancy) {
        this.calendars = calendars;
        this.policies = policies;
        this.cache = cache;
        this.resolver = resolver;
        this.audit = audit;
        this.tenancy = tenancy;
    }

    /**
     * The deadlines a request of {@code tenantId} (null for none) received at {@code receivedAt}
     * would get, with the policy, calendar and zone they come from; another organisation's tenant
     * is not found.
     */
    @Transactional(readOnly = true)
    public SlaPreview preview(
            String organisationId, UUID tenantId, RequestCategory category, Severity severity, Instant receivedAt) {
        var tenantZone = tenantId == null
                ? null
                : tenancy.findProfileInOrganisation(organisationId, tenantId)
                        .orElseThrow(() -> new NotFoundException("Tenant", tenantId))
                        .zone();
        var policy = resolver.resolve(organisationId, category, severity, tenantZone)
                .orElseThrow(() -> new InvalidInputException(
                        "severity",
                        "there is no SLA policy for " + category + " severity " + severity + " in organisation "
                                + organisationId));
        var due = policy.businessCalendar()
                .addBusinessTime(receivedAt.truncatedTo(ChronoUnit.MICROS), policy.firstResponse());
        return new SlaPreview(
                new Deadlines(due, null),
                policy.policy(),
                policy.calendar(),
                policy.zone(),
                policy.firstResponse(),
                policy.calendarTime());
    }

    /** The zone of the organisation, in which a calendar "in the tenant's zone" is previewed. */
    @Transactional(readOnly = true)
    public ZoneId organisationZone(String organisationId) {
        return tenancy.organisation(organisationId).zone();
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

    private static AuditDetails describe(SlaCalendar calendar) {
        return AuditDetails.of("name", calendar.name())
                .and("zone", calendar.zone())
                .and("hours", calendar.hours())
                .and("holidays", calendar.holidays().size());
    }

    private static AuditDetails describe(SlaPolicy policy) {
        var cadence = policy.updateCadenceMinutes();
        return AuditDetails.of("first response", amount(policy.firstResponse()))
                .and("calendar", policy.calendarId())
                .and("update cadence", cadence == null ? null : cadence + " " + TargetUnit.MINUTES)
                .and("customer wait", amount(policy.customerWait()))
                .and("downgrade to", policy.downgradeTo());
    }

    /** The target as an amount and a unit code, such as {@code 3 BUSINESS_DAYS}, or null. */
    private static String amount(SlaTarget target) {
        return target == null ? null : target.amount() + " " + target.unit();
    }
}
