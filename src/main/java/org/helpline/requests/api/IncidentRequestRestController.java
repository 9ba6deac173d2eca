package org.helpline.requests.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.ServiceRequest;
import org.helpline.requests.internal.IncidentRequests;
import org.helpline.requests.internal.IncidentRequests.GroupAction;
import org.helpline.requests.internal.Reading;
import org.helpline.shared.HelplineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The requests that matched one service health incident, handled together by agents. */
@RestController
@RequestMapping("/api/v1/health/issues/{issueId}/requests")
class IncidentRequestRestController {

    private final IncidentRequests incidents;
    private final Reading reading;
    private final Clock clock;

    IncidentRequestRestController(IncidentRequests incidents, Reading reading, Clock clock) {
        this.incidents = incidents;
        this.reading = reading;
        this.clock = clock;
    }

    @Operation(summary = "The requests that matched the incident when they were filed, as far as the caller sees them")
    @GetMapping
    List<RequestResponse> requests(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID issueId) {
        return responses(incidents.of(me, issueId));
    }

    @Operation(summary = "One public reply to every open request of the incident (agents)", description = """
            Each request is answered as alone: first response or update clock, history, audit, e-mail to its \
            requester. Answers the requests that were answered.""")
    @ApiResponse(responseCode = "200", description = "The requests answered")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field (text)")
    @ApiResponse(responseCode = "403", description = "Not an agent")
    @PostMapping("/reply")
    List<RequestResponse> reply(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID issueId, @RequestBody GroupAction action) {
        return responses(incidents.replyToAll(me, issueId, action));
    }

    @Operation(summary = "Resolve every open request of the incident (agents)", description = """
            `text` is the reason each request is resolved with (at most 2000 characters). Answers the requests \
            that were resolved.""")
    @ApiResponse(responseCode = "200", description = "The requests resolved")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field (text, reason)")
    @ApiResponse(responseCode = "403", description = "Not an agent")
    @PostMapping("/resolve")
    List<RequestResponse> resolve(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID issueId, @RequestBody GroupAction action) {
        return responses(incidents.resolveAll(me, issueId, action));
    }

    private List<RequestResponse> responses(List<ServiceRequest> requests) {
        var now = clock.instant();
        return requests.stream()
                .map(request -> RequestResponse.of(request, reading.sla(request), now))
                .toList();
    }
}
