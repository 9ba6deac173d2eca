package org.helpline.requests.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.requests.AttachmentFile;
import org.helpline.requests.QueueFilter;
import org.helpline.requests.QueuePage;
import org.helpline.requests.RequestDetails;
import org.helpline.requests.RequestMessage;
import org.helpline.requests.RequestPage;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.sla.SlaManagement;
import org.springframework.stereotype.Component;

/** Lists, single requests with their thread, history and SLA state, and the agents' queue, as the viewer may see them. */
@Component
public class Reading {

    private static final int MAX_RECENT = 50;

    public static final int MAX_PAGE_SIZE = 200;

    private final ServiceRequests requests;
    private final RequestQueue queue;
    private final RequestMessages messages;
    private final RequestAttachments attachments;
    private final RequestHistory history;
    private final RequestChanges changes;
    private final SlaManagement sla;

    Reading(
            ServiceRequests requests,
            RequestQueue queue,
            RequestMessages messages,
            RequestAttachments attachments,
            RequestHistory history,
            RequestChanges changes,
            SlaManagement sla) {
        this.requests = requests;
        this.queue = queue;
        this.messages = messages;
        this.attachments = attachments;
        this.history = history;
        this.changes = changes;
        this.sla = sla;
    }

    public RequestPage page(Viewer viewer, RequestStatus status, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        checkSize(size);
        var items = requests.page(viewer, status, Math.multiplyExact(page, size), size);
        return new RequestPage(items, requests.count(viewer, status), page, size);
    }

    /** The newest requests of one tenant that the viewer may see, at most {@code limit} (1 to 50). */
    public List<ServiceRequest> recentOfTenant(Viewer viewer, UUID tenantId, int limit) {
        return requests.recentOfTenant(viewer, tenantId, Math.max(1, Math.min(limit, MAX_RECENT)));
    }

    /** The tenant of the request with this number, when the viewer may see it. */
    public Optional<UUID> tenantOfNumber(Viewer viewer, String number) {
        return requests.tenantOfNumber(viewer, number);
    }

    /** Internal notes and the history entries about them are shown to agents only. */
    public RequestDetails details(Viewer viewer, UUID id) {
        var request = changes.visible(viewer, id);
        boolean agent = viewer.isAgent();
        return new RequestDetails(
                request,
                withAttachments(request.tenantId(), id, messages.thread(request.tenantId(), id, agent)),
                history.of(request.tenantId(), id, agent),
                sla.state(id, changes.now()));
    }

    /** A file attached to a message of a request the viewer may see; 404 for anything else. */
    public AttachmentFile attachment(Viewer viewer, UUID requestId, UUID attachmentId) {
        var request = changes.visible(viewer, requestId);
        return attachments
                .file(request.tenantId(), requestId, attachmentId, viewer.isAgent())
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    private List<RequestMessage> withAttachments(UUID tenantId, UUID requestId, List<RequestMessage> thread) {
        var files = attachments.ofRequest(tenantId, requestId);
        if (files.isEmpty()) {
            return thread;
        }
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
                        files.getOrDefault(m.id(), List.of())))
                .toList();
    }

    public QueuePage queue(Viewer viewer, QueueFilter filter) {
        if (!viewer.isAgent()) {
            throw new ForbiddenException("The queue is for agents, supervisors and partner agents.");
        }
        checkSize(filter.size());
        if (filter.assignee() != null
                && !filter.assignee().equals("mine")
                && !filter.assignee().equals("unassigned")) {
            throw new InvalidInputException("assignee", "must be mine or unassigned");
        }
        var after = filter.after() == null || filter.after().isBlank() ? null : QueueCursor.decode(filter.after());
        var items = queue.page(viewer, filter, after, changes.now(), filter.size() + 1);
        if (items.size() <= filter.size()) {
            return new QueuePage(items, null);
        }
        var page = items.subList(0, filter.size());
        return new QueuePage(page, QueueCursor.after(page.get(page.size() - 1)).encode());
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
