package org.helpline.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpline.health.KnownIssue;
import org.helpline.requests.internal.Assignment;
import org.helpline.requests.internal.Attachments;
import org.helpline.requests.internal.CallerAccess;
import org.helpline.requests.internal.Conversation;
import org.helpline.requests.internal.Copying;
import org.helpline.requests.internal.Filing;
import org.helpline.requests.internal.Handling;
import org.helpline.requests.internal.Reading;
import org.helpline.requests.internal.SeverityChange;
import org.helpline.requests.internal.StatusChange;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests module's entry point: filing, reading one request and writing in its thread. Every
 * method acts for a signed-in user and shows them only what they may see: a tenant admin their
 * tenant's requests, an agent or supervisor those of their organisation handled by the provider, a
 * partner agent those routed to their partner. A request anyone else asks for is "not found" (404),
 * so ids cannot be probed. Changes carry the version the caller read (409 when stale) and are
 * recorded in the request's history and the audit trail.
 */
@Service
public class RequestManagement {

    private final Filing filing;
    private final Conversation conversation;
    private final Reading reading;
    private final CallerAccess callers;
    private final Handling handling;
    private final Attachments attachments;
    private final Copying copying;

    RequestManagement(
            Filing filing,
            Conversation conversation,
            Reading reading,
            CallerAccess callers,
            Handling handling,
            Attachments attachments,
            Copying copying) {
        this.attachments = attachments;
        this.filing = filing;
        this.conversation = conversation;
        this.reading = reading;
        this.callers = callers;
        this.handling = handling;
        this.copying = copying;
    }

    /**
     * Files a request for a tenant admin and starts its SLA clocks. With an idempotency key
     * the same user's retry returns the request the first call filed and files nothing. The request
     * number is reserved first (see {@link #openOnBehalf}); the rest is one transaction.
     */
    public Filed open(HelplineUser admin, OpenRequest command, Channel channel, String idempotencyKey) {
        return filing.open(admin, command, channel, idempotencyKey);
    }

    /**
     * Files a request as {@link #open} does, with {@code files} attached to it, in the filing's
     * transaction: a file over a limit of {@link AttachmentsProperties} refuses the request (413).
     */
    public Filed open(
            HelplineUser admin,
            OpenRequest command,
            Channel channel,
            String idempotencyKey,
            List<AttachmentUpload> files) {
        return filing.open(admin, command, channel, idempotencyKey, files);
    }

    /**
     * Files a request on behalf of a tenant, by phone: an agent or supervisor for a tenant of their
     * organisation while holding a caller verification grant ({@link #callerVerified}), or a partner
     * agent for a tenant whose partner of record is theirs (handled by the partner). The request
     * enters the same rules and SLA clocks as one the tenant's admin files; its
     * requester is the agent and {@link Requester#onBehalf()} is true. A tenant the caller may
     * not serve is "not found" (404).
     *
     * <p>Not one transaction itself: the request number is reserved first, in a short transaction of
     * its own when this node needs a new block of numbers, so that intakes never queue on a counter;
     * everything else (checks, request, clocks, timers, history, audit) is one transaction.
     */
    public Filed openOnBehalf(HelplineUser agent, UUID tenantId, OpenRequest command, String idempotencyKey) {
        return filing.openOnBehalf(agent, tenantId, command, idempotencyKey);
    }

    /**
     * Files a request for a prospect, someone without an account, under {@code tenantId}, the
     * tenant its organisation keeps prospects' requests in; {@code prospect} is the requester, by
     * the caller's own id and name for them. No signed-in user acts here: the caller (the presales
     * module) answers for who the prospect is and for retries. The request enters the catalog and
     * SLA rules, clocks, history, audit and e-mails of every other request and is handled by the
     * organisation's agents. Not one transaction itself, like {@link #open}; joins the caller's.
     */
    public Filed openForProspect(UUID tenantId, Requester prospect, OpenRequest command, Channel channel) {
        return filing.openForProspect(tenantId, prospect, command, channel);
    }

    /** The request this user filed with the idempotency key, if any. */
    @Transactional(readOnly = true)
    public Optional<ServiceRequest> filedWithKey(HelplineUser user, String idempotencyKey) {
        return filing.filedWithKey(user, idempotencyKey);
    }

    /** The categories this admin may file. */
    @Transactional(readOnly = true)
    public Set<RequestCategory> categories(HelplineUser admin) {
        return filing.categories(admin);
    }

    /** The severities the admin's contract allows for a category. */
    @Transactional(readOnly = true)
    public Set<Severity> allowedSeverities(HelplineUser admin, RequestCategory category) {
        return filing.allowedSeverities(admin, category);
    }

    @Transactional(readOnly = true)
    public RequestDetails request(HelplineUser user, UUID id) {
        return reading.details(user, id);
    }

    /**
     * A file of a request this user may see, streamed from its store when read; "not found" (404)
     * otherwise, also for files of internal notes to customers and for other users' pending uploads.
     */
    @Transactional(readOnly = true)
    public StoredAttachment attachment(HelplineUser user, UUID requestId, UUID attachmentId) {
        return attachments.download(user, requestId, attachmentId);
    }

    /** The thumbnail (PNG) of a picture of a request this user may see, as {@link #attachment} decides. */
    @Transactional(readOnly = true)
    public byte[] thumbnail(HelplineUser user, UUID requestId, UUID attachmentId) {
        return attachments.thumbnail(user, requestId, attachmentId);
    }

    /**
     * Files the user uploads to an open request they may see, to be named by a message of theirs
     * ({@link NewMessage#attachmentIds()}); until then only they see them, and after {@link
     * AttachmentsProperties#pendingFor()} without a message they are removed. One transaction: a
     * file over a limit refuses all of them (413).
     */
    @Transactional
    public List<RequestAttachment> upload(HelplineUser user, UUID requestId, List<AttachmentUpload> files) {
        return attachments.upload(user, requestId, files);
    }

    /** Removes up to {@code limit} pending uploads whose time ran out; answers how many. */
    @Transactional
    public int removeExpiredUploads(int limit) {
        return attachments.removeExpired(limit);
    }

    /**
     * The service health issues that were active and matched the request's service or text when it
     * was filed, with their title and status as then; for a request the caller read or filed.
     */
    @Transactional(readOnly = true)
    public List<KnownIssue> relatedIssues(ServiceRequest request) {
        return reading.relatedIssues(request);
    }

    /**
     * The tenant a request number belongs to (the call console finds the caller's tenant by it), when
     * the user may see that request; empty for a blank, unknown or invisible number.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> tenantOfRequestNumber(HelplineUser agent, String number) {
        return reading.tenantOfNumber(agent, number);
    }

    /** The newest requests of a tenant that the agent may see (the call console's account view), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ServiceRequest> recentRequests(HelplineUser agent, UUID tenantId, int limit) {
        return reading.recentOfTenant(agent, tenantId, limit);
    }

    /**
     * The phone module verified the caller of a call: until {@code expiresAt} or the end of the
     * call, the agent may file on the tenant's behalf and log the call on its requests.
     */
    @Transactional
    public void callerVerified(UUID tenantId, UUID callId, UUID agentId, Instant expiresAt) {
        callers.granted(tenantId, callId, agentId, expiresAt);
    }

    /** The call ended, and with it the grant {@link #callerVerified} recorded for it. */
    @Transactional
    public void callEnded(UUID tenantId, UUID callId) {
        callers.ended(tenantId, callId);
    }

    @Transactional
    public ServiceRequest addMessage(HelplineUser user, UUID id, NewMessage message) {
        return conversation.add(user, id, message, List.of());
    }

    /** Adds a message with new {@code files}; a file over a limit refuses the message (413) and nothing is kept. */
    @Transactional
    public ServiceRequest addMessage(HelplineUser user, UUID id, NewMessage message, List<AttachmentUpload> files) {
        return conversation.add(user, id, message, files);
    }

    /**
     * Moves the request to {@code status} as the user would on its page (the demo history works
     * through here); the rules and clocks are those of {@link Handling#changeStatus}.
     */
    public ServiceRequest changeStatus(HelplineUser user, UUID id, RequestStatus status, String reason, Long version) {
        return handling.changeStatus(user, id, new StatusChange(status, reason, version));
    }

    /** Gives the request to {@code assigneeId} (null: back to the queue), as {@link Handling#assign} does. */
    public ServiceRequest assign(HelplineUser agent, UUID id, UUID assigneeId, Long version) {
        return handling.assign(agent, id, new Assignment(assigneeId, version));
    }

    /**
     * Changes the severity with a reason, as an agent would on the request's page; the rules (R-19,
     * R-20) are those of {@link Handling#changeSeverity}.
     */
    public ServiceRequest changeSeverity(HelplineUser agent, UUID id, Severity severity, String reason, Long version) {
        return handling.changeSeverity(agent, id, new SeverityChange(severity, reason, version));
    }

    /** The people in copy of the request that this user may see (a customer does not see watchers). */
    @Transactional(readOnly = true)
    public List<PersonInCopy> peopleInCopy(HelplineUser user, UUID id) {
        return copying.of(user, id);
    }

    /**
     * Copies a colleague on the request, as {@link Copying} allows: a tenant admin a user of the
     * same tenant, an agent a colleague of the handling side as a watcher. Answers who is in copy now.
     */
    @Transactional
    public List<PersonInCopy> addPersonInCopy(HelplineUser user, UUID id, String email) {
        return copying.add(user, id, email);
    }

    /** Takes someone out of copy; each side removes only the people it added. */
    @Transactional
    public List<PersonInCopy> removePersonInCopy(HelplineUser user, UUID id, String email) {
        return copying.remove(user, id, email);
    }
}
