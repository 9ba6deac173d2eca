package org.helpline.requests.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.requests.ServiceRequest;

/**
 * A page of requests, newest first, with the total the reader may see and the first-response
 * deadlines of its requests as the sla module keeps them.
 */
public record RequestPage(
        List<ServiceRequest> items, Map<UUID, Instant> firstResponsesDue, long total, int page, int size) {

    public RequestPage {
        items = List.copyOf(items);
        firstResponsesDue = Map.copyOf(firstResponsesDue);
    }

    /** The request's first-response deadline, or null when it has none. */
    public Instant firstResponseDue(ServiceRequest request) {
        return firstResponsesDue.get(request.id());
    }
}
