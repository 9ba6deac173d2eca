package org.helpline.localmail.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.helpline.localmail.internal.LocalMailbox;
import org.helpline.localmail.internal.MailboxMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The local server's messages for programs and tests (a code sent by e-mail or text, say); 404 while it is off. */
@RestController
@ConditionalOnProperty(name = "helpline.mail.local.enabled", havingValue = "true")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ORG_ADMIN')")
class MailboxRestController {

    /** One message; {@code channel} is {@code EMAIL} or {@code TEXT} (a text to the number {@code to}). */
    record MessageSummary(
            String id, String channel, String from, String to, String subject, Instant receivedAt, String text) {

        static MessageSummary of(MailboxMessage message) {
            return new MessageSummary(
                    message.id(),
                    message.channel().name(),
                    message.from(),
                    message.to(),
                    message.subject(),
                    message.receivedAt(),
                    message.text());
        }
    }

    private final LocalMailbox mailbox;

    MailboxRestController(LocalMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Operation(summary = "The messages the local mail server received, newest first", description = """
            Every e-mail and text message the local mail server of the embedded default received \
            (`helpline.mail.local.enabled`), newest first: `to` is the mailbox an e-mail was delivered to, \
            or the number of a text message; `text` is the plain-text part, the HTML part as text when there \
            is none, or a text message's body. For agents, supervisors and organisation admins; 404 while the \
            local server is off.""")
    @ApiResponse(responseCode = "200", description = "The messages, newest first")
    @ApiResponse(responseCode = "403", description = "Not staff")
    @ApiResponse(responseCode = "404", description = "The local mail server is off")
    @GetMapping("/api/v1/mailbox/messages")
    List<MessageSummary> messages(
            @Parameter(description = "Only messages to this address or number (any case); all when absent")
                    @RequestParam(defaultValue = "")
                    String to,
            @Parameter(description = "At most this many messages (1 to 1000)")
                    @RequestParam(defaultValue = "100")
                    @Min(1)
                    @Max(1000)
                    int limit) {
        return mailbox.messages(to, limit).stream().map(MessageSummary::of).toList();
    }
}
