package org.helpline.requests.api;

import java.time.Clock;
import java.util.List;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.internal.QueueFilter;
import org.helpline.requests.internal.Reading;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Severity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The queue of agents, supervisors and partner agents, nearest SLA deadline first, paged by cursor. */
@RestController
class QueueRestController {

    private final Reading reading;
    private final Clock clock;

    QueueRestController(Reading reading, Clock clock) {
        this.reading = reading;
        this.clock = clock;
    }

    /** A page of the queue and the cursor of the next ({@code after}), null on the last page. */
    record QueueResponse(List<RequestResponse> items, String next) {}

    @GetMapping("/api/v1/queue")
    QueueResponse queue(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "false") boolean breached,
            @RequestParam(defaultValue = "false") boolean atRisk,
            @RequestParam(defaultValue = "false") boolean attention,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        var page = reading.queue(
                me,
                new QueueFilter(
                        severity, status, service, language, breached, atRisk, attention, assignee, after, size));
        var now = clock.instant();
        return new QueueResponse(
                page.items().stream()
                        .map(item -> RequestResponse.of(item, page.sla(item), now))
                        .toList(),
                page.next());
    }
}
