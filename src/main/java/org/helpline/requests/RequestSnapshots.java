package org.helpline.requests;

import java.util.Optional;
import java.util.UUID;
import org.helpline.requests.internal.ServiceRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current state of one request for modules that act on this module's events with no signed-in
 * user: the dashboard's projections, the alerts. A listener reads the request as it stands after
 * the event, so a replayed or late event never undoes a newer state. No reader check: never show
 * its result to a user without checking who may see it.
 */
@Service
public class RequestSnapshots {

    private final ServiceRequests requests;

    RequestSnapshots(ServiceRequests requests) {
        this.requests = requests;
    }

    @Transactional(readOnly = true)
    public Optional<ServiceRequest> current(UUID requestId) {
        return requests.findForSystem(requestId);
    }
}
