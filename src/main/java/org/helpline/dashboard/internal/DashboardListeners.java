package org.helpline.dashboard.internal;

import java.util.UUID;
import org.helpline.requests.RequestMessageAdded;
import org.helpline.requests.RequestOpened;
import org.helpline.requests.RequestSeverityChanged;
import org.helpline.requests.RequestSnapshots;
import org.helpline.requests.RequestStatusChanged;
import org.helpline.requests.ServiceRequest;
import org.helpline.sla.SlaBreached;
import org.helpline.surveys.SurveyAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's projections from the events of requests, sla and surveys. A request event
 * brings the request's row to the request as it stands now, so the order and repetition of events
 * do not matter. A breach is taken from the event itself: requests marks it in its own listener,
 * which may run after this one.
 */
@Component
class DashboardListeners {

    private final RequestSnapshots snapshots;
    private final RequestProjection requests;
    private final SurveyProjection surveys;

    DashboardListeners(RequestSnapshots snapshots, RequestProjection requests, SurveyProjection surveys) {
        this.snapshots = snapshots;
        this.requests = requests;
        this.surveys = surveys;
    }

    /**
     * A new request is projected as it is filed, in its transaction, so filing, the busiest path, needs
     * no event publication for the dashboard (an insert and three transactions).
     */
    @EventListener
    void on(RequestOpened event) {
        snapshots.current(event.requestId()).ifPresent(request -> requests.saveNew(row(request, false)));
    }

    @ApplicationModuleListener
    void on(RequestStatusChanged event) {
        refresh(event.requestId(), false);
    }

    @ApplicationModuleListener
    void on(RequestSeverityChanged event) {
        refresh(event.requestId(), false);
    }

    @ApplicationModuleListener
    void on(RequestMessageAdded event) {
        refresh(event.requestId(), false);
    }

    @ApplicationModuleListener
    void on(SlaBreached event) {
        refresh(event.requestId(), true);
    }

    @ApplicationModuleListener
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

    private void refresh(UUID requestId, boolean breached) {
        snapshots.current(requestId).ifPresent(request -> requests.save(row(request, breached)));
    }

    private static RequestRow row(ServiceRequest request, boolean breached) {
        return new RequestRow(
                request.id(),
                request.organisationId(),
                request.serviceId() == null ? "" : request.serviceId(),
                request.severity().name(),
                request.receivedAt(),
                request.firstResponseDue(),
                request.firstResponseAt(),
                request.breached() || breached,
                request.status().isOpen());
    }
}
