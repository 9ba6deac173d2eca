package org.helpline.requests.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.RequestLink;
import org.helpline.requests.internal.LinkChange;
import org.helpline.requests.internal.Linking;
import org.helpline.requests.internal.MergeChange;
import org.helpline.requests.internal.Reading;
import org.helpline.shared.HelplineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Links between requests of one tenant, and merging a duplicate into the request that survives it. */
@RestController
@RequestMapping("/api/v1/requests/{id}")
class RequestLinkRestController {

    private final Linking linking;
    private final Reading reading;
    private final Clock clock;

    RequestLinkRestController(Linking linking, Reading reading, Clock clock) {
        this.linking = linking;
        this.reading = reading;
        this.clock = clock;
    }

    @Operation(summary = "The requests this one is linked to or merged with", description = """
            Kinds RELATED and DUPLICATE are set by people; MERGED_INTO names the request this one was merged \
            into, MERGED_FROM each request merged into this one.""")
    @ApiResponse(responseCode = "200", description = "The links, merges first, then by number")
    @ApiResponse(responseCode = "404", description = "No such request for this caller")
    @GetMapping("/links")
    List<RequestLink> links(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return linking.links(me, id);
    }

    @Operation(summary = "Link the request to another of the same tenant", description = """
            Both requests must be visible to the caller and of the same tenant; a number of another tenant, \
            or one the caller may not see, answers 404 like a number that does not exist. Linking again with \
            another kind changes the kind; with the same kind changes nothing. Recorded in both requests' \
            history and in the audit trail.""")
    @ApiResponse(responseCode = "200", description = "The request's links after the change")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field (number, kind)")
    @ApiResponse(responseCode = "404", description = "No such request, or no such number, for this caller")
    @PostMapping("/links")
    List<RequestLink> link(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @RequestBody LinkChange change) {
        return linking.link(me, id, change);
    }

    @Operation(summary = "Remove the link between two requests")
    @ApiResponse(responseCode = "200", description = "The request's links after the change")
    @ApiResponse(responseCode = "404", description = "No such request, or no such number, for this caller")
    @DeleteMapping("/links/{number}")
    List<RequestLink> unlink(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @PathVariable String number) {
        return linking.unlink(me, id, number);
    }

    @Operation(summary = "Merge the request into another of the same tenant (agents)", description = """
            Moves the thread and the files of this request to the end of the thread of the request numbered \
            `into`, closes this one with a note to its requester (the closing e-mail) and keeps its number, \
            which leads to the survivor (GET .../links: MERGED_INTO). `version` (or If-Match) is this \
            request's version. Recorded in both requests' history and in the audit trail.""")
    @ApiResponse(responseCode = "200", description = "The surviving request")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field (into, version)")
    @ApiResponse(responseCode = "403", description = "Not an agent")
    @ApiResponse(responseCode = "404", description = "No such request, or no such number, for this caller")
    @ApiResponse(responseCode = "409", description = "The request changed since the caller read it")
    @ApiResponse(responseCode = "422", description = "This request is closed already")
    @PostMapping("/merge")
    RequestResponse merge(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestBody MergeChange change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var survivor = linking.merge(me, id, new MergeChange(change.into(), Versions.of(change.version(), ifMatch)));
        return RequestResponse.of(survivor, reading.sla(survivor), clock.instant());
    }
}
