package org.helpline.mail.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.helpline.mail.MailProperties;
import org.helpline.mail.internal.InboundRecords.Outcome;
import org.helpline.mail.internal.ReplyFacts.Target;
import org.helpline.requests.MailReplies;
import org.helpline.requests.MailReply;
import org.springframework.stereotype.Component;

/**
 * Decides what becomes of one e-mail read from the inbound mailbox, in the caller's transaction.
 *
 * <p>A reply is added to its request's thread only when all hold: it carries a reply token (in a
 * plus address of the reply address, else in its subject tag) that Helpline issued; its From is
 * the very address the token was issued to; that address is still the request's contact address,
 * an enabled admin of the request's tenant or an enabled user in copy of the request (so a token
 * forwarded to someone else, or kept by an admin who left or was taken out of copy, is
 * worthless); the request is not closed; it is not an auto-reply; and it has some text or a file. Anything else is refused: recorded with its reason and, when the request
 * is known (by the token, else by the number in the subject), reported by e-mail to the admins of
 * the organisation that handles the request's tenant. An e-mail with neither is only recorded:
 * nobody can be told about it without telling every organisation about spam.
 */
@Component
class InboundReplies {

    private final ReplyTokens tokens;
    private final ReplyFacts facts;
    private final InboundRecords records;
    private final MailReplies replies;
    private final RefusalReports reports;
    private final MailProperties properties;
    private final Clock clock;

    InboundReplies(
            ReplyTokens tokens,
            ReplyFacts facts,
            InboundRecords records,
            MailReplies replies,
            RefusalReports reports,
            MailProperties properties,
            Clock clock) {
        this.tokens = tokens;
        this.facts = facts;
        this.records = records;
        this.replies = replies;
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    /** Handles the e-mail unless it was handled before; answers its outcome, or empty when it was. */
    Optional<Outcome> handle(InboundMessage message) {
        if (records.seen(message.messageId())) {
            return Optional.empty();
        }
        var outcome = decide(message);
        records.record(message, outcome, clock.instant());
        return Optional.of(outcome);
    }

    private Outcome decide(InboundMessage message) {
        var token = addresses().token(message.recipients(), message.subject());
        var issued = token.flatMap(tokens::find);
        if (issued.isEmpty()) {
            var byNumber = ReplyAddresses.number(message.subject()).flatMap(facts::requestNumbered);
            return refuse(message, token.isEmpty() ? "NO_TOKEN" : "UNKNOWN_TOKEN", byNumber.orElse(null));
        }
        var target = facts.request(issued.get().requestId()).orElse(null);
        if (target == null) {
            return Outcome.refused(
                    "REQUEST_NOT_FOUND", issued.get().tenantId(), issued.get().requestId());
        }
        var refusal = refusal(message, issued.get().address(), target);
        if (refusal != null) {
            return refuse(message, refusal, target);
        }
        replies.add(new MailReply(
                target.id(), message.fromAddress(), message.fromName(), body(message), message.attachments()));
        return Outcome.added(target.tenantId(), target.id());
    }

    /** Why a reply with a genuine token for {@code target} is refused, or null when it is not. */
    private String refusal(InboundMessage message, String issuedTo, Target target) {
        var sender = message.fromAddress();
        if (!sender.equals(issuedTo)) {
            return "WRONG_SENDER";
        }
        if (!sender.equals(target.contactEmail().toLowerCase(Locale.ROOT))
                && !facts.isTenantAdmin(target.tenantId(), sender)
                && !facts.isInCopy(target.tenantId(), target.id(), sender)) {
            return "SENDER_NOT_ALLOWED";
        }
        if (message.automatic()) {
            return "AUTOMATIC";
        }
        if ("CLOSED".equals(target.status())) {
            return "REQUEST_CLOSED";
        }
        return message.text().isBlank() && message.attachments().isEmpty() ? "EMPTY" : null;
    }

    private Outcome refuse(InboundMessage message, String reason, Target target) {
        if (target == null) {
            return Outcome.refused(reason, null, null);
        }
        reports.report(message, reason, target);
        return Outcome.refused(reason, target.tenantId(), target.id());
    }

    private String body(InboundMessage message) {
        var text = new StringBuilder(message.text());
        var limit = properties.inbound().maxAttachmentSize().toMegabytes();
        for (var name : message.tooLarge()) {
            text.append(text.isEmpty() ? "" : "\n\n")
                    .append("⚠ ")
                    .append(name)
                    .append(" (> ")
                    .append(limit)
                    .append(" MB)");
        }
        return text.toString();
    }

    private ReplyAddresses addresses() {
        return new ReplyAddresses(properties.repliesByMail() ? properties.replyAddress() : "replies@invalid.invalid");
    }
}
