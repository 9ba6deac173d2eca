package org.helpline.cannedreplies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.helpline.cannedreplies.AppliedReply;
import org.helpline.cannedreplies.CannedReply;
import org.helpline.cannedreplies.CannedReplyManagement;
import org.helpline.cannedreplies.ReplyDraft;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Canned replies over JSON, for agents, supervisors and partner agents. */
@RestController
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'PARTNER_AGENT')")
class CannedReplyRestController {

    private static final String WHO = """
             For agents, supervisors and partner agents; a reply is shared within a desk (the \
            organisation's own staff, or one partner's agents). Another desk's reply, or another \
            agent's personal one, answers 404.""";

    private final CannedReplyManagement replies;

    CannedReplyRestController(CannedReplyManagement replies) {
        this.replies = replies;
    }

    /** What applying a reply takes: the request's version read, and optionally the text as the agent edited it. */
    record ApplyBody(Long version, String body) {}

    @Operation(summary = "The canned replies the caller may use", description = """
            The caller's personal replies, the desk's, and the teams' replies of the services the \
            caller handles (skills of the contact desk; none means every service; supervisors see \
            all teams).""" + WHO)
    @ApiResponse(responseCode = "200", description = "The replies, by shortcut")
    @GetMapping("/api/v1/canned-replies")
    List<CannedReply> list(@AuthenticationPrincipal HelplineUser me) {
        return replies.replies(me);
    }

    @Operation(summary = "One canned reply", description = WHO)
    @ApiResponse(responseCode = "200", description = "The reply")
    @ApiResponse(responseCode = "404", description = "No such reply for the caller")
    @GetMapping("/api/v1/canned-replies/{id}")
    CannedReply read(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return replies.reply(me, id);
    }

    @Operation(summary = "Write a canned reply", description = """
            scope PERSONAL (anyone), TEAM (with serviceId) or ORGANISATION (both for supervisors). \
            Bodies in en, pl and zh-CN (bodyEn, bodyPl, bodyZhCn; at least one) in Markdown with the \
            placeholders {{requester}}, {{number}}, {{due}} and {{agent}}. Optionally setStatus, \
            setSeverity with severityReason (R-19) and assignment (TAKE or QUEUE), done when the reply \
            is applied.""" + WHO)
    @ApiResponse(responseCode = "201", description = "Written")
    @ApiResponse(responseCode = "400", description = "A field breaks a rule, named with it")
    @ApiResponse(responseCode = "403", description = "A team's or the desk's reply by an agent who is no supervisor")
    @PostMapping("/api/v1/canned-replies")
    ResponseEntity<CannedReply> create(@AuthenticationPrincipal HelplineUser me, @RequestBody ReplyDraft draft) {
        var created = replies.create(me, required(draft));
        return ResponseEntity.created(URI.create("/api/v1/canned-replies/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Change a canned reply", description = """
            The whole reply as for POST, with the version read (409 stale-edit when it changed \
            since). Personal replies are changed by their author, shared ones by supervisors.""" + WHO)
    @ApiResponse(responseCode = "200", description = "The reply as changed")
    @ApiResponse(responseCode = "400", description = "A field breaks a rule, named with it")
    @ApiResponse(responseCode = "403", description = "A shared reply, and the caller is no supervisor")
    @ApiResponse(responseCode = "404", description = "No such reply for the caller")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since it was read")
    @PutMapping("/api/v1/canned-replies/{id}")
    CannedReply change(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @RequestBody ReplyDraft draft) {
        return replies.change(me, id, required(draft));
    }

    @Operation(summary = "Remove a canned reply", description = WHO)
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "A shared reply, and the caller is no supervisor")
    @ApiResponse(responseCode = "404", description = "No such reply for the caller")
    @DeleteMapping("/api/v1/canned-replies/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        replies.remove(me, id);
    }

    @Operation(summary = "Answer a request with a canned reply", description = """
            Sends the reply as a public message in the request's language (the contact's, else the \
            tenant's), its placeholders filled (the due time in the requester's zone), or the body \
            given instead; then makes the reply's changes of severity, assignment and status with \
            the rules of the request API. All or nothing. The version comes in the body or If-Match.""" + WHO)
    @ApiResponse(responseCode = "201", description = "Sent; the text and the request's state now")
    @ApiResponse(responseCode = "400", description = "version missing, or a change the request refuses")
    @ApiResponse(responseCode = "404", description = "No such request or reply for the caller")
    @ApiResponse(responseCode = "409", description = "The request changed since the version read")
    @ApiResponse(responseCode = "422", description = "A rule of the request refused a change (R-19, R-20, lifecycle)")
    @PostMapping("/api/v1/requests/{requestId}/canned-replies/{id}")
    @ResponseStatus(HttpStatus.CREATED)
    AppliedReply apply(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID requestId,
            @PathVariable UUID id,
            @RequestBody(required = false) ApplyBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var version = body == null || body.version() == null ? ifMatchVersion(ifMatch) : body.version();
        return replies.apply(me, requestId, id, body == null ? null : body.body(), version);
    }

    private static ReplyDraft required(ReplyDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "is required");
        }
        return draft;
    }

    private static Long ifMatchVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var tag = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the version of the request, e.g. \"3\"");
        }
    }
}
