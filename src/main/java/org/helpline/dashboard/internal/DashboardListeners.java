package org.helpline.dashboard.internal;

import java.util.UUID;
import org.helpline.platform.ModuleEventListener;
import org.helpline.requests.RequestMessageAdded;
import org.helpline.requests.RequestOpened;
import org.helpline.requests.RequestSeverityChanged;
import org.helpline.requests.RequestSnapshots;
import org.helpline.requests.RequestStatusChanged;
import org.helpline.requests.ServiceRequest;
import org.helpline.sla.SlaBreached;
import org.helpline.surveys.SurveyAnswered;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's projections from the events of requests, sla and surveys, in the
 * transaction of each change. A request event
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

    /** A new request's row counts nothing yet, so it joins the filing's deferred inserts. */
    @ModuleEventListener
    void on(RequestOpened event) {
        snapshots.current(event.requestId()).ifPresent(request -> requests.saveNew(row(request, false)));
    }

    @ModuleEventListener
    void on(RequestStatusChanged event) {
        refresh(event.requestId(), false);
    }

    @ModuleEventListener
    void on(RequestSeverityChanged event) {
        refresh(event.requestId(), false);
    }

    @ModuleEventListener
    void on(RequestMessageAdded event) {
        refresh(event.requestId(), false);
    }

    @ModuleEventListener
    void on(SlaBreached event) {
        refresh(event.requestId(), true);
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
