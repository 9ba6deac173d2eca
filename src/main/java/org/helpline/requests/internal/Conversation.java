package org.helpline.requests.internal;

import java.util.List;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.platform.Markdown;
import org.helpline.requests.AttachmentUpload;
import org.helpline.requests.AuthorSide;
import org.helpline.requests.MessageKind;
import org.helpline.requests.NewMessage;
import org.helpline.requests.RequestMessage;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.sla.SlaManagement;
import org.springframework.stereotype.Component;

/**
 * Messages in a request's thread and what they do to its clocks: the first public agent reply or
 * a logged call meets the first response; later public replies are updates; a customer
 * answer to a request awaiting them puts it back in progress and resumes its clocks.
 */
@Component
public class Conversation {

    private final Revisions revisions;
    private final SlaManagement sla;
    private final Validation validation;
    private final CallerAccess callers;
    private final Viewers viewers;
    private final Attachments attachments;

    Conversation(
            Revisions revisions,
            SlaManagement sla,
            Validation validation,
            CallerAccess callers,
            Viewers viewers,
            Attachments attachments) {
        this.revisions = revisions;
        this.attachments = attachments;
        this.sla = sla;
        this.validation = validation;
        this.callers = callers;
        this.viewers = viewers;
    }

    /**
     * A provider agent logs a call only under the phone module's verification grant for the tenant
     * (issue 5); partner agents call on their own lines and need none.
     */
    private boolean onVerifiedCall(Viewer viewer, ServiceRequest request) {
        return callers.granted(HelplineUser.current().orElse(null), request.tenantId());
    }

    /**
     * Adds the message with the writer's uploads it names and the new {@code files}; a file over a
     * limit refuses the whole message (413) and nothing of it is kept.
     */
    public ServiceRequest add(HelplineUser user, UUID id, NewMessage message, List<AttachmentUpload> files) {
        var viewer = viewers.of(user);
        validation.check(message);
        var request = revisions.visible(viewer, id);
        var kind = message.kind() == null ? MessageKind.MESSAGE : message.kind();
        boolean internal = Boolean.TRUE.equals(message.internal());
        if (kind == MessageKind.SYSTEM) {
            throw new InvalidInputException("kind", "SYSTEM messages are written by Helpline itself");
        }
        if (!viewer.isAgent() && (internal || kind == MessageKind.CALL_LOG)) {
            throw new ForbiddenException("Only agents write internal notes and log calls.");
        }
        if (kind == MessageKind.CALL_LOG && viewer.side() == Viewer.Side.AGENT && !onVerifiedCall(viewer, request)) {
            throw new ForbiddenException(
                    "Log a call while the caller is verified on the phone (R-9): start the call in the console first.");
        }
        revisions.checkVersion(request, message.version());
        if (request.status() == RequestStatus.CLOSED) {
            throw RuleViolated.notOpen(request.status());
        }
        var state = viewer.isAgent() ? agentWrote(request, kind, internal) : revisions.customerWrote(request);
        var saved = revisions.save(request, state);
        var now = revisions.now();
        var written = new RequestMessage(
                UUID.randomUUID(),
                now,
                viewer.userId(),
                viewer.name(),
                viewer.isAgent() ? AuthorSide.AGENT : AuthorSide.CUSTOMER,
                kind,
                internal,
                Markdown.message(message.body()));
        revisions.addMessage(saved, written, message.body());
        attachments.attach(
                new Attachments.Target(saved.tenantId(), saved.id(), written.id(), viewer.userId(), false),
                message.attachmentIds(),
                files);
        revisions.record(
                saved,
                revisions.change(viewer, "MESSAGE", null, kind.name(), null, internal),
                "request.message-added",
                AuditDetails.of("kind", kind)
                        .and("internal", internal)
                        .and("attachments", message.attachmentIds().size() + files.size()));
        statusMoved(viewer, request, saved);
        return saved;
    }

    private RequestState agentWrote(ServiceRequest request, MessageKind kind, boolean internal) {
        var state = RequestState.of(request);
        if (!request.status().isOpen() || (internal && kind != MessageKind.CALL_LOG)) {
            return state;
        }
        var now = revisions.now();
        if (request.firstResponseAt() == null) {
            sla.firstResponseGiven(request.id(), now);
        } else if (!internal) {
            sla.updateGiven(request.id(), now);
        }
        return state.agentAnswered(now);
    }

    private void statusMoved(Viewer viewer, ServiceRequest before, ServiceRequest after) {
        if (before.status() == after.status()) {
            return;
        }
        revisions.statusChanged(
                after,
                before.status(),
                revisions.change(
                        viewer, "STATUS", before.status().name(), after.status().name(), null, false));
    }
}
