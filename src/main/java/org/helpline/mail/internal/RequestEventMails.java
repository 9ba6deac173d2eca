package org.helpline.mail.internal;

import java.util.Map;
import org.helpline.mail.RequestMailKind;
import org.helpline.platform.ModuleEventListener;
import org.helpline.requests.AuthorSide;
import org.helpline.requests.CustomerReminded;
import org.helpline.requests.MessageKind;
import org.helpline.requests.RequestMessageAdded;
import org.helpline.requests.RequestOpened;
import org.helpline.requests.RequestSeverityChanged;
import org.helpline.requests.RequestStatusChanged;
import org.springframework.stereotype.Component;

/**
 * Which request events become e-mails, written to the outbox in the transaction of the change: they
 * commit with it or not at all, as a transactional outbox, and the outbox worker sends them after.
 */
@Component
class RequestEventMails {

    private final RequestMailer mailer;
    private final RequestFacts facts;

    RequestEventMails(RequestMailer mailer, RequestFacts facts) {
        this.mailer = mailer;
        this.facts = facts;
    }

    /** Filing sends a new request's e-mails to the database with its own rows, in one round trip. */
    @ModuleEventListener
    void on(RequestOpened event) {
        mailer.send(event.requestId(), RequestMailKind.FILED, Map.of(), event.firstResponseDue());
    }

    @ModuleEventListener
    void on(RequestMessageAdded event) {
        if (event.authorSide() != AuthorSide.AGENT || event.kind() != MessageKind.MESSAGE || event.internal()) {
            return;
        }
        facts.publicMessage(event.tenantId(), event.requestId(), event.messageId())
                .ifPresent(text -> mailer.send(event.requestId(), RequestMailKind.ANSWERED, Map.of("text", text)));
    }

    @ModuleEventListener
    void on(RequestStatusChanged event) {
        var kind = switch (event.to()) {
            case AWAITING_CUSTOMER -> RequestMailKind.INFO_REQUESTED;
            case RESOLVED -> RequestMailKind.RESOLVED;
            case CLOSED -> RequestMailKind.CLOSED;
            default -> null;
        };
        if (kind != null) {
            mailer.send(event.requestId(), kind, Map.of("text", event.reason() == null ? "" : event.reason()));
        }
    }

    /** The automation's reminder goes out as another request for information, its text the reminder. */
    @ModuleEventListener
    void on(CustomerReminded event) {
        mailer.send(event.requestId(), RequestMailKind.INFO_REQUESTED, Map.of("text", event.text()));
    }

    @ModuleEventListener
    void on(RequestSeverityChanged event) {
        mailer.send(
                event.requestId(),
                RequestMailKind.SEVERITY_CHANGED,
                Map.of(
                        "from",
                        event.from().name(),
                        "to",
                        event.to().name(),
                        "text",
                        event.reason() == null ? "" : event.reason(),
                        "automatic",
                        String.valueOf(event.automatic())));
    }
}
