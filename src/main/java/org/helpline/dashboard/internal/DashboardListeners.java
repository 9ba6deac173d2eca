package org.helpline.dashboard.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.helpline.platform.ModuleEventListener;
import org.helpline.requests.RequestMessageAdded;
import org.helpline.requests.RequestOpened;
import org.helpline.requests.RequestSeverityChanged;
import org.helpline.requests.RequestSnapshots;
import org.helpline.requests.RequestStatusChanged;
import org.helpline.requests.ServiceRequest;
import org.helpline.sla.SlaBreached;
import org.helpline.sla.SlaManagement;
import org.helpline.surveys.SurveyAnswered;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's projections from the events of requests, sla and surveys, in the
 * transaction of each change. A request event
 * brings the request's row to the request as it stands now, so the order and repetition of events
 * do not matter. Deadlines and breaches are read from sla, which marks a clock breached before it
 * tells of the breach.
 */
@Component
class DashboardListeners {

    private final RequestSnapshots snapshots;
    private final SlaManagement sla;
    private final RequestProjection requests;
    private final SurveyProjection surveys;
    private final Clock clock;

    DashboardListeners(
            RequestSnapshots snapshots,
            SlaManagement sla,
            RequestProjection requests,
            SurveyProjection surveys,
            Clock clock) {
        this.snapshots = snapshots;
        this.sla = sla;
        this.requests = requests;
        this.surveys = surveys;
        this.clock = clock;
    }

    /**
     * A new request's row counts nothing yet, so it joins the filing's deferred inserts; its first
     * deadline comes with the event, which spares reading the clocks just started.
     */
    @ModuleEventListener
    void on(RequestOpened event) {
        snapshots
                .current(event.requestId())
                .ifPresent(request -> requests.saveNew(row(request, event.firstResponseDue(), false)));
    }

    @ModuleEventListener
    void on(RequestStatusChanged event) {
        refresh(event.requestId());
    }

    @ModuleEventListener
    void on(RequestSeverityChanged event) {
        refresh(event.requestId());
    }

    @ModuleEventListener
    void on(RequestMessageAdded event) {
        refresh(event.requestId());
    }

    @ModuleEventListener
    void on(SlaBreached event) {
        refresh(event.requestId());
    }

    @ModuleEventListener
    void on(SurveyAnswered event) {
        surveys.answered(
                event.surveyId(),
                event.organisationId(),
                event.serviceId(),
                event.severity(),
                event.agentName(),
                event.rating(),
                event.answeredAt());
    }

    private void refresh(UUID requestId) {
        snapshots.current(requestId).ifPresent(request -> {
            var summary = sla.summary(requestId, clock.instant());
            requests.save(row(request, summary.firstResponseDue(), summary.breached()));
        });
    }

    private static RequestRow row(ServiceRequest request, Instant firstResponseDue, boolean breached) {
        return new RequestRow(
                request.id(),
                request.organisationId(),
                request.serviceId() == null ? "" : request.serviceId(),
                request.severity().name(),
                request.receivedAt(),
                firstResponseDue,
                request.firstResponseAt(),
                breached,
                request.status().isOpen());
    }
}
