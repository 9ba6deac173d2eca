package org.helpline.requests;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.sla.SlaSummary;

/**
 * A page of the requests that matched a {@link RequestSearch}, best first, each with its
 * highlighted {@link FoundRequests.Match} and its SLA state, and how many matched in all.
 */
public record RequestSearchPage(
        List<ServiceRequest> items,
        Map<UUID, FoundRequests.Match> matches,
        Map<UUID, SlaSummary> slas,
        long total,
        int page,
        int size) {

    public RequestSearchPage {
        items = List.copyOf(items);
        matches = Map.copyOf(matches);
        slas = Map.copyOf(slas);
    }

    public FoundRequests.Match match(ServiceRequest request) {
        return matches.get(request.id());
    }

    public SlaSummary sla(ServiceRequest request) {
        return slas.getOrDefault(request.id(), SlaSummary.NONE);
    }
}
