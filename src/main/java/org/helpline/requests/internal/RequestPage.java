package org.helpline.requests.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.requests.ServiceRequest;
import org.helpline.sla.SlaSummary;

/**
 * A page of requests, newest first, with the total the reader may see and where each request stands
 * against its SLA, as the sla module keeps it.
 */
public record RequestPage(List<ServiceRequest> items, Map<UUID, SlaSummary> slas, long total, int page, int size) {

    public RequestPage {
        items = List.copyOf(items);
        slas = Map.copyOf(slas);
    }

    public SlaSummary sla(ServiceRequest request) {
        return slas.getOrDefault(request.id(), SlaSummary.NONE);
    }

    /** The request's first-response deadline, or null when it has none. */
    public Instant firstResponseDue(ServiceRequest request) {
        return sla(request).firstResponseDue();
    }
}
