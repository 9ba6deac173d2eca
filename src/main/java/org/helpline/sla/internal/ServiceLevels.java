package org.helpline.sla.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.ClockStart;
import org.helpline.sla.Deadlines;
import org.helpline.sla.ServiceHours;
import org.helpline.sla.SlaManagement;
import org.helpline.sla.SlaState;
import org.helpline.sla.SlaSummary;
import org.helpline.tenancy.Contract;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service levels of requests as {@link SlaManagement} offers them to other modules. */
@Service
class ServiceLevels implements SlaManagement {

    private final Policies policies;
    private final PolicyResolver resolver;
    private final ClockKeeper keeper;
    private final ClockAdjustments adjustments;
    private final RequestClocks clocks;
    private final SlaSummaries summaries;
    private final Timelines timelines;

    ServiceLevels(
            Policies policies,
            PolicyResolver resolver,
            ClockKeeper keeper,
            ClockAdjustments adjustments,
            RequestClocks clocks,
            SlaSummaries summaries,
            Timelines timelines) {
        this.policies = policies;
        this.resolver = resolver;
        this.keeper = keeper;
        this.adjustments = adjustments;
        this.clocks = clocks;
        this.summaries = summaries;
        this.timelines = timelines;
    }

    @Transactional(readOnly = true)
    @Override
    public Set<Severity> allowedSeverities(String organisationId, RequestCategory category, Contract contract) {
        var withPolicy = policies.findAllWithCalendarVersions(organisationId).stream()
                .map(Policies.Found::policy)
                .filter(policy -> policy.category() == category)
                .map(SlaPolicy::severity)
                .toList();
        return SeverityRules.allowed(category, contract, withPolicy);
    }

    @Transactional(readOnly = true)
    @Override
    public ServiceHours serviceHours(
            String organisationId, RequestCategory category, Severity severity, ZoneId tenantZone) {
        var policy = policy(organisationId, category, severity, tenantZone);
        var hours = new EnumMap<DayOfWeek, List<String>>(DayOfWeek.class);
        policy.calendar()
                .hours()
                .forEach((day, ranges) ->
                        hours.put(day, ranges.stream().map(String::valueOf).toList()));
        return new ServiceHours(policy.calendar().name(), policy.zone(), policy.calendarTime(), hours);
    }

    @Transactional
    @Override
    public Deadlines start(ClockStart start) {
        return keeper.start(inMicros(start));
    }

    @Transactional
    @Override
    public Deadlines startNew(ClockStart start) {
        return keeper.startNew(inMicros(start));
    }

    private static ClockStart inMicros(ClockStart start) {
        return new ClockStart(
                start.requestId(),
                start.tenantId(),
                start.organisationId(),
                start.category(),
                start.severity(),
                start.tenantZone(),
                micros(start.receivedAt()));
    }

    @Transactional
    @Override
    public Deadlines firstResponseGiven(UUID requestId, Instant at) {
        return keeper.firstResponseGiven(requestId, micros(at));
    }

    @Transactional
    @Override
    public Deadlines updateGiven(UUID requestId, Instant at) {
        return keeper.updateGiven(requestId, micros(at));
    }

    @Transactional
    @Override
    public Deadlines awaitingCustomer(UUID requestId, Instant at) {
        return adjustments.awaitingCustomer(requestId, micros(at));
    }

    @Transactional
    @Override
    public Deadlines customerResponded(UUID requestId, Instant at) {
        return adjustments.customerResponded(requestId, micros(at));
    }

    @Transactional
    @Override
    public Deadlines severityChanged(UUID requestId, Severity newSeverity, Instant at) {
        return adjustments.severityChanged(requestId, newSeverity, micros(at));
    }

    @Transactional
    @Override
    public void stop(UUID requestId, Instant at) {
        keeper.stop(requestId, micros(at));
    }

    @Transactional
    @Override
    public Deadlines reopen(UUID requestId, Instant at) {
        return keeper.reopen(requestId, micros(at));
    }

    @Transactional(readOnly = true)
    @Override
    public SlaSummary summary(UUID requestId, Instant now) {
        return summaries.of(List.of(requestId), now).getOrDefault(requestId, SlaSummary.NONE);
    }

    @Transactional(readOnly = true)
    @Override
    public Map<UUID, SlaSummary> summaries(Collection<UUID> requestIds, Instant now) {
        return summaries.of(requestIds, now);
    }

    @Transactional(readOnly = true)
    @Override
    public SlaState state(UUID requestId, Instant now) {
        var request =
                clocks.findRequest(requestId).orElseThrow(() -> new NotFoundException("SLA of request", requestId));
        var calendar = summaries.calendar(request);
        var views = clocks.clocks(requestId).stream()
                .map(clock -> ClockMath.view(clock, calendar, now))
                .toList();
        var summary = SlaSummaries.summarise(views, request.closedAt() != null);
        return new SlaState(views, summary, timelines.of(requestId));
    }

    private ResolvedPolicy policy(String organisationId, RequestCategory category, Severity severity, ZoneId zone) {
        return resolver.resolve(organisationId, category, severity, zone)
                .orElseThrow(() -> new InvalidInputException(
                        "severity",
                        "there is no SLA policy for " + category + " severity " + severity + " in organisation "
                                + organisationId));
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
