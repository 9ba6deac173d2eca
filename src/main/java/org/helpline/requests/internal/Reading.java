package org.helpline.requests.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.health.KnownIssue;
import org.helpline.requests.RequestAttachment;
import org.helpline.requests.RequestDetails;
import org.helpline.requests.RequestMessage;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.sla.SlaManagement;
import org.helpline.sla.SlaSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists, single requests with their thread, history and SLA state, and the agents' queue, as the viewer may see them. */
@Component
public class Reading {

    private static final int MAX_RECENT = 50;

    private static final int MAX_PAGE_SIZE = 200;

    private static final int MAX_OFFSET = 1_000_000;

    private final ServiceRequests requests;
    private final RequestQueue queue;
    private final RequestMessages messages;
    private final RequestAttachments attachments;
    private final RequestHistory history;
    private final Revisions revisions;
    private final SlaManagement sla;
    private final RelatedIssues relatedIssues;
    private final Viewers viewers;

    Reading(
            ServiceRequests requests,
            RequestQueue queue,
            RequestMessages messages,
            RequestAttachments attachments,
            RequestHistory history,
            Revisions revisions,
            SlaManagement sla,
            RelatedIssues relatedIssues,
            Viewers viewers) {
        this.requests = requests;
        this.queue = queue;
        this.messages = messages;
        this.attachments = attachments;
        this.history = history;
        this.revisions = revisions;
        this.sla = sla;
        this.relatedIssues = relatedIssues;
        this.viewers = viewers;
    }

    /** The requests this user may see, newest first. */
    @Transactional(readOnly = true)
    public RequestPage page(HelplineUser user, RequestStatus status, int page, int size) {
        var viewer = viewers.of(user);
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        checkSize(size);
        var items = requests.page(viewer, status, Math.multiplyExact(page, size), size);
        return new RequestPage(items, slas(items), requests.count(viewer, status), page, size);
    }

    /** The tenant of the request with this number, when the user may see it; empty for a blank number. */
    public Optional<UUID> tenantOfNumber(HelplineUser user, String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return requests.tenantOfNumber(viewers.of(user), number.strip().toUpperCase(Locale.ROOT));
    }

    /** The service health issues linked to the request when it was filed. */
    public List<KnownIssue> relatedIssues(ServiceRequest request) {
        return relatedIssues.of(request.tenantId(), request.id());
    }

    /** The request as it stands, with no reader check: for modules acting on events. */
    public Optional<ServiceRequest> current(UUID requestId) {
        return requests.findForSystem(requestId);
    }

    /** The request with this number, when exactly one has it, with no reader check. */
    public Optional<ServiceRequest> numbered(String number) {
        var found = requests.findForSystemByNumber(number);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The Markdown of a message the customer sees; empty for an internal note. */
    public Optional<String> publicMessage(UUID tenantId, UUID requestId, UUID messageId) {
        return messages.publicMarkdown(tenantId, requestId, messageId);
    }

    /** The newest requests of one tenant that the user may see, at most {@code limit} (1 to 50). */
    public List<ServiceRequest> recentOfTenant(HelplineUser user, UUID tenantId, int limit) {
        return requests.recentOfTenant(viewers.of(user), tenantId, Math.max(1, Math.min(limit, MAX_RECENT)));
    }

    /** The newest calls agents logged on the tenant's requests that the user may see, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<LoggedCall> recentCallsOfTenant(HelplineUser user, UUID tenantId, int limit) {
        return messages.recentCalls(viewers.of(user), tenantId, Math.max(1, Math.min(limit, MAX_RECENT)));
    }

    /** Internal notes and the history entries about them are shown to agents only. */
    public RequestDetails details(HelplineUser user, UUID id) {
        var viewer = viewers.of(user);
        var request = revisions.visible(viewer, id);
        boolean agent = viewer.isAgent();
        var files = attachments.ofRequest(request.tenantId(), id);
        return new RequestDetails(
                request,
                withAttachments(files, messages.thread(request.tenantId(), id, agent)),
                history.of(request.tenantId(), id, agent),
                sla.state(id, revisions.now()),
                files.stream().filter(file -> file.messageId() == null).toList());
    }

    private static List<RequestMessage> withAttachments(List<RequestAttachment> files, List<RequestMessage> thread) {
        if (files.isEmpty()) {
            return thread;
        }
        var byMessage = files.stream()
                .filter(file -> file.messageId() != null)
                .collect(Collectors.groupingBy(RequestAttachment::messageId));
        return thread.stream()
                .map(m -> new RequestMessage(
                        m.id(),
                        m.createdAt(),
                        m.authorId(),
                        m.authorName(),
                        m.authorSide(),
                        m.kind(),
                        m.internal(),
                        m.bodyHtml(),
                        byMessage.getOrDefault(m.id(), List.of())))
                .toList();
    }

    /** The agent's queue, nearest SLA deadline first. */
    @Transactional(readOnly = true)
    public QueuePage queue(HelplineUser agent, QueueFilter filter) {
        var viewer = viewers.of(agent);
        if (!viewer.isAgent()) {
            throw new ForbiddenException("The queue is for agents, supervisors and partner agents.");
        }
        checkSize(filter.size());
        checkAssignee(filter);
        var after = filter.after() == null || filter.after().isBlank() ? null : QueueCursor.decode(filter.after());
        var found = queue.page(viewer, filter, after, revisions.now(), filter.size() + 1);
        var page = found.subList(0, Math.min(found.size(), filter.size()));
        var items = page.stream().map(RequestQueue.Queued::request).toList();
        var next = found.size() > filter.size()
                ? QueueCursor.after(page.get(page.size() - 1)).encode()
                : null;
        return new QueuePage(items, slas(items), next);
    }

    /**
     * The agent's queue in {@code order}; by deadline it is paged by {@code filter.after()}, in the
     * other orders from the {@code from}-th request on, and {@code next} is then the next offset.
     */
    @Transactional(readOnly = true)
    public QueuePage queue(HelplineUser agent, QueueFilter filter, QueueOrder order, int from) {
        if (order == QueueOrder.DUE) {
            return queue(agent, filter);
        }
        var viewer = viewers.of(agent);
        if (!viewer.isAgent()) {
            throw new ForbiddenException("The queue is for agents, supervisors and partner agents.");
        }
        checkSize(filter.size());
        if (from < 0 || from > MAX_OFFSET) {
            throw new InvalidInputException("from", "must be between 0 and " + MAX_OFFSET);
        }
        checkAssignee(filter);
        var found = queue.ordered(viewer, filter, order, revisions.now(), from, filter.size() + 1);
        var items = found.subList(0, Math.min(found.size(), filter.size()));
        var next = found.size() > filter.size() ? String.valueOf(from + filter.size()) : null;
        return new QueuePage(items, slas(items), next);
    }

    /** Where the request stands against its SLA now. */
    public SlaSummary sla(ServiceRequest request) {
        return sla.summary(request.id(), revisions.now());
    }

    private Map<UUID, SlaSummary> slas(List<ServiceRequest> items) {
        return sla.summaries(items.stream().map(ServiceRequest::id).toList(), revisions.now());
    }

    private static void checkAssignee(QueueFilter filter) {
        if (filter.assignee() != null
                && !filter.assignee().equals("mine")
                && !filter.assignee().equals("unassigned")) {
            throw new InvalidInputException("assignee", "must be mine or unassigned");
        }
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
