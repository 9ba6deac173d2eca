package org.helpline.requests;

import java.util.Optional;
import java.util.UUID;
import org.helpline.requests.internal.ServiceRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current state of one request for modules that keep their own projection of requests from this
 * module's events (the dashboard): a listener reads the request as it stands after the event, so a
 * replayed or late event never undoes a newer state. No reader check: never show its result to a user.
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
