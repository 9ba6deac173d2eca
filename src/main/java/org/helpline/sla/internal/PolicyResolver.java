package org.helpline.sla.internal;

import java.time.ZoneId;
import java.util.Optional;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * Finds the policy of a (organisation, category, severity) and reads its calendar in the right
 * zone: the calendar's own, or the tenant's for a calendar in "the tenant's zone" (the
 * organisation's zone when no tenant is known, as in a preview without one).
 */
@Component
class PolicyResolver {

    private final Policies policies;
    private final CalendarCache calendars;
    private final TenantManagement tenancy;

    PolicyResolver(Policies policies, CalendarCache calendars, TenantManagement tenancy) {
        this.policies = policies;
        this.calendars = calendars;
        this.tenancy = tenancy;
    }

    public Optional<ResolvedPolicy> resolve(
            String organisationId, RequestCategory category, Severity severity, ZoneId tenantZone) {
        return policies.findWithCalendarVersion(organisationId, category, severity)
                .map(found -> {
                    var policy = found.policy();
                    var calendar = calendars.definition(organisationId, policy.calendarId(), found.calendarVersion());
                    var zone = CalendarCache.zoneOf(
                            calendar,
                            tenantZone != null
                                    ? tenantZone
                                    : calendar.usesTenantZone()
                                            ? tenancy.organisation(organisationId)
                                                    .zone()
                                            : null);
                    return new ResolvedPolicy(policy, calendar, zone, calendars.resolve(calendar, zone));
                });
    }
}
