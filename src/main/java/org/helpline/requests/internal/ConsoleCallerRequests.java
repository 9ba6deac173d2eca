package org.helpline.requests.internal;

import java.util.List;
import java.util.UUID;
import org.helpline.phone.CallerRequest;
import org.helpline.phone.CallerRequests;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists a caller's requests on the phone console. The console asks only under a verification
 * grant; the viewer's own visibility still applies, so an agent sees only provider-handled requests
 * of their organisation.
 */
@Component
class ConsoleCallerRequests implements CallerRequests {

    private static final int MAX = 50;

    private final ServiceRequests requests;

    ConsoleCallerRequests(ServiceRequests requests) {
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CallerRequest> recent(HelplineUser agent, UUID tenantId, int limit) {
        return Viewer.of(agent)
                .map(viewer -> requests.recentOfTenant(viewer, tenantId, Math.max(1, Math.min(limit, MAX))))
                .orElse(List.of())
                .stream()
                .map(request -> new CallerRequest(
                        request.id(),
                        request.number(),
                        request.title(),
                        request.status().name(),
                        request.severity().name(),
                        request.receivedAt()))
                .toList();
    }
}
