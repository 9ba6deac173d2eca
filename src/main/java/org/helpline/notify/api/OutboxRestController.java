package org.helpline.notify.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import java.util.UUID;
import org.helpline.notify.DeliveryStatus;
import org.helpline.notify.internal.OutboxAdministration;
import org.helpline.notify.internal.OutboxAdministration.OutboxPage;
import org.helpline.notify.internal.OutboxEntry;
import org.helpline.shared.HelplineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox for the org admins of the organisation that runs Helpline: list, counts, send again. */
@RestController
@RequestMapping("/api/v1/admin/outbox")
@PreAuthorize("hasRole('ORG_ADMIN')")
class OutboxRestController {

    private final OutboxAdministration outbox;

    OutboxRestController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @Operation(summary = "The outbox's messages, newest first, paged", description = """
            Each message's channel, template and subject key (its kind), recipient, status (PENDING, \
            RETRYING, SENT, FAILED), attempts, next attempt, last attempt, when it was accepted and \
            the last error. Only org admins of the organisation that runs Helpline may read it.""")
    @ApiResponse(responseCode = "200", description = "A page of messages with the total")
    @ApiResponse(responseCode = "403", description = "Not an org admin of the organisation that runs Helpline")
    @GetMapping
    OutboxPage messages(
            @AuthenticationPrincipal HelplineUser me,
            @Parameter(description = "PENDING, RETRYING, SENT or FAILED; all when absent")
                    @RequestParam(required = false)
                    DeliveryStatus.State status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return outbox.messages(me, status, page, size);
    }

    @Operation(summary = "How many messages are in each status")
    @ApiResponse(responseCode = "403", description = "Not an org admin of the organisation that runs Helpline")
    @GetMapping("/counts")
    Map<DeliveryStatus.State, Long> counts(@AuthenticationPrincipal HelplineUser me) {
        return outbox.counts(me);
    }

    @Operation(summary = "Send a failed message again", description = """
            Puts the message back as pending with its attempts reset. A message whose secret values \
            (a verification code) were erased when it failed, or whose deadline passed, cannot be \
            sent again: send a new code instead.""")
    @ApiResponse(responseCode = "200", description = "Pending again")
    @ApiResponse(responseCode = "404", description = "No such message")
    @ApiResponse(
            responseCode = "409",
            description = "Not failed, expired, or its secret values were erased (problem member reason)")
    @PostMapping("/{id}/resend")
    OutboxEntry resend(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return outbox.resend(me, id);
    }
}
