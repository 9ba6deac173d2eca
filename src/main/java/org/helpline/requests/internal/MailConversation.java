package org.helpline.requests.internal;

import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.platform.Markdown;
import org.helpline.requests.AttachmentUpload;
import org.helpline.requests.AuthorSide;
import org.helpline.requests.MailReply;
import org.helpline.requests.MessageKind;
import org.helpline.requests.RequestMessage;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A customer's reply by e-mail, added as if they had written on the portal: a public customer
 * message with its files, which puts a request awaiting the customer back in progress and resumes
 * its clocks. The history and the audit trail say it came by e-mail and from which address. No
 * version check: the sender read an e-mail, not a version, and the row is updated under its version.
 */
@Component
public class MailConversation {

    static final int MAX_BODY = 20000;

    private final Revisions revisions;
    private final Attachments attachments;
    private final ServiceRequests requests;

    MailConversation(Revisions revisions, Attachments attachments, ServiceRequests requests) {
        this.revisions = revisions;
        this.attachments = attachments;
        this.requests = requests;
    }

    public UUID add(MailReply reply) {
        var request = requests.findForSystem(reply.requestId())
                .orElseThrow(() -> new NotFoundException("Request", reply.requestId()));
        if (request.status() == RequestStatus.CLOSED) {
            throw RuleViolated.notOpen(request.status());
        }
        var saved = revisions.save(request, revisions.customerWrote(request));
        var written = write(saved, reply);
        var byMail = "by e-mail from " + reply.senderAddress();
        revisions.record(
                saved,
                change(reply, "MESSAGE", null, MessageKind.MESSAGE.name(), byMail),
                "request.message-added-by-mail",
                AuditDetails.of("kind", MessageKind.MESSAGE)
                        .and("internal", false)
                        .and("sender", reply.senderAddress())
                        .and("attachments", reply.attachments().size()));
        if (request.status() != saved.status()) {
            statusMoved(reply, request, saved);
        }
        return written.id();
    }

    private RequestMessage write(ServiceRequest request, MailReply reply) {
        var now = revisions.now();
        var body = reply.body().length() > MAX_BODY ? reply.body().substring(0, MAX_BODY) : reply.body();
        var written = new RequestMessage(
                UUID.randomUUID(),
                now,
                null,
                reply.senderName(),
                AuthorSide.CUSTOMER,
                MessageKind.MESSAGE,
                false,
                Markdown.message(body));
        revisions.addMessage(request, written, body);
        attachments.attachReceived(
                new Attachments.Target(request.tenantId(), request.id(), written.id(), null, false),
                reply.attachments().stream().map(AttachmentUpload::of).toList());
        return written;
    }

    private void statusMoved(MailReply reply, ServiceRequest before, ServiceRequest after) {
        revisions.statusChanged(
                after,
                before.status(),
                change(reply, "STATUS", before.status().name(), after.status().name(), null));
    }

    private RequestHistory.Change change(MailReply reply, String kind, String from, String to, String reason) {
        return new RequestHistory.Change(
                revisions.now(), null, reply.senderName(), kind, from, to, reason, false, null);
    }
}
