package org.helpline.requests.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.requests.ServiceRequest;
import org.helpline.sla.SlaSummary;

/**
 * Requests ordered by their nearest SLA deadline, with where each stands against its SLA; {@code
 * next} is the cursor of the next page, or null.
 */
public record QueuePage(List<ServiceRequest> items, Map<UUID, SlaSummary> slas, String next) {

    public QueuePage {
        items = List.copyOf(items);
        slas = Map.copyOf(slas);
    }

    public SlaSummary sla(ServiceRequest request) {
        return slas.getOrDefault(request.id(), SlaSummary.NONE);
    }
}
