package org.helpline.cannedreplies;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.cannedreplies.internal.ReplyFilling;
import org.helpline.cannedreplies.internal.ReplyLibrary;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.requests.MessageKind;
import org.helpline.requests.NewMessage;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The canned replies module's entry point, for agents only (everyone else 403). A reply of another
 * desk, or one the agent may not read, is "not found" (404). Applying a reply to a request sends it
 * as a public reply and then makes its changes (severity with its reason, assignment, status)
 * through {@link RequestManagement}, so every rule of requests holds; all of it is one transaction,
 * and a refused change sends nothing.
 */
@Service
public class CannedReplyManagement {

    private final ReplyLibrary library;
    private final ReplyFilling filling;
    private final RequestManagement requests;
    private final AuditTrail audit;
    private final Catalog catalog;

    CannedReplyManagement(
            ReplyLibrary library, ReplyFilling filling, RequestManagement requests, AuditTrail audit, Catalog catalog) {
        this.library = library;
        this.filling = filling;
        this.requests = requests;
        this.audit = audit;
        this.catalog = catalog;
    }

    /** The services of the agent's organisation, which teams are formed around, by name in {@code locale}. */
    public List<CatalogService> services(HelplineUser agent, Locale locale) {
        return catalog.services(agent.organisationId(), locale);
    }

    @Transactional(readOnly = true)
    public List<CannedReply> replies(HelplineUser agent) {
        return library.readable(agent);
    }

    @Transactional(readOnly = true)
    public CannedReply reply(HelplineUser agent, UUID id) {
        return library.reply(agent, id);
    }

    /** Whether the agent may change this reply (their own, or a shared one as a supervisor). */
    public boolean changes(HelplineUser agent, CannedReply reply) {
        return library.changes(agent, reply);
    }

    /** Whether the agent may write replies of this scope. */
    public boolean writes(HelplineUser agent, ReplyScope scope) {
        return library.writes(agent, scope);
    }

    @Transactional
    public CannedReply create(HelplineUser agent, ReplyDraft draft) {
        return library.create(agent, draft);
    }

    @Transactional
    public CannedReply change(HelplineUser agent, UUID id, ReplyDraft draft) {
        return library.change(agent, id, draft);
    }

    @Transactional
    public void remove(HelplineUser agent, UUID id) {
        library.remove(agent, id);
    }

    /**
     * The replies the composer offers for a request: those whose shortcut starts with {@code query}
     * (first) or whose title contains it, a team's only for the request's service, filled in, at
     * most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<FilledReply> suggestions(HelplineUser agent, UUID requestId, String query, int limit) {
        var details = requests.request(agent, requestId);
        var wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        var language = filling.language(details.request());
        return library.readable(agent).stream()
                .filter(reply -> reply.scope() != ReplyScope.TEAM
                        || reply.serviceId().equals(details.request().serviceId()))
                .filter(reply -> reply.shortcut().startsWith(wanted)
                        || reply.title().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing(
                        (CannedReply reply) -> !reply.shortcut().startsWith(wanted)))
                .limit(limit)
                .map(reply -> new FilledReply(
                        reply.id(),
                        reply.shortcut(),
                        reply.title(),
                        language,
                        filling.text(reply, details, agent),
                        reply.hasActions()))
                .toList();
    }

    /**
     * Sends the reply on the request, filled in ({@code body}, when given, is the agent's edited
     * text instead), then makes the reply's changes. {@code version} is the request's version read.
     */
    @Transactional
    public AppliedReply apply(HelplineUser agent, UUID requestId, UUID replyId, String body, Long version) {
        var details = requests.request(agent, requestId);
        var reply = library.reply(agent, replyId);
        var text = body == null || body.isBlank() ? filling.text(reply, details, agent) : body;
        var saved = requests.addMessage(agent, requestId, new NewMessage(text, false, MessageKind.MESSAGE, version));
        if (reply.setSeverity() != null && reply.setSeverity() != saved.severity()) {
            saved = requests.changeSeverity(
                    agent, requestId, reply.setSeverity(), reply.severityReason(), saved.version());
        }
        if (reply.assignment() != null) {
            var assignee = reply.assignment() == ReplyAssignment.TAKE ? agent.id() : null;
            saved = requests.assign(agent, requestId, assignee, saved.version());
        }
        if (reply.setStatus() != null && reply.setStatus() != saved.status()) {
            saved = requests.changeStatus(agent, requestId, reply.setStatus(), null, saved.version());
        }
        audit.record(
                "canned-reply.applied",
                saved.tenantId(),
                saved.number(),
                AuditDetails.of("name", reply.title()).and("scope", reply.scope()));
        return applied(saved, filling.language(saved), text);
    }

    private static AppliedReply applied(ServiceRequest request, String language, String text) {
        return new AppliedReply(
                request.id(),
                request.number(),
                request.version(),
                request.status(),
                request.severity(),
                request.assigneeName(),
                language,
                text);
    }
}
