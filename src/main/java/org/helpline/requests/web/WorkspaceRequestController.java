package org.helpline.requests.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.MessageKind;
import org.helpline.requests.NewMessage;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.api.Multiparts;
import org.helpline.requests.internal.Assignment;
import org.helpline.requests.internal.Colleagues;
import org.helpline.requests.internal.Handling;
import org.helpline.requests.internal.QueueFilter;
import org.helpline.requests.internal.QueueOrder;
import org.helpline.requests.internal.Reading;
import org.helpline.requests.internal.SeverityChange;
import org.helpline.requests.internal.StatusChange;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.shared.Severity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agents' side: the queue with filters, sorted by deadline, severity or latest change (a
 * supervisor also sees colleagues' requests and the breaches-and-at-risk view), and a request as a
 * workspace: the thread with one composer (reply, internal note, or ask the customer; any of them
 * may record a call) beside the customer's context and the actions (assign, status, severity with a
 * reason).
 */
@Controller
class WorkspaceRequestController {

    private static final int QUEUE_PAGE = 50;

    private final RequestManagement requests;
    private final Handling handling;
    private final Reading reading;
    private final RequestPages pages;
    private final Colleagues colleagues;
    private final TenantContexts contexts;
    private final Clock clock;

    WorkspaceRequestController(
            RequestManagement requests,
            Handling handling,
            Reading reading,
            RequestPages pages,
            Colleagues colleagues,
            TenantContexts contexts,
            Clock clock) {
        this.contexts = contexts;
        this.handling = handling;
        this.reading = reading;
        this.requests = requests;
        this.pages = pages;
        this.colleagues = colleagues;
        this.clock = clock;
    }

    @GetMapping("/workspace/queue")
    String queue(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "false") boolean breached,
            @RequestParam(defaultValue = "false") boolean atRisk,
            @RequestParam(defaultValue = "false") boolean attention,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "DUE") QueueOrder sort,
            @RequestParam(defaultValue = "0") int from,
            Model model) {
        var filter = new QueueFilter(
                severity,
                status,
                blankToNull(service),
                blankToNull(language),
                breached,
                atRisk,
                attention,
                blankToNull(assignee),
                blankToNull(after),
                QUEUE_PAGE);
        var queue = reading.queue(me, filter, sort, from);
        var now = clock.instant();
        var services = pages.services(me);
        model.addAttribute("queue", queue);
        model.addAttribute("rows", RequestPages.rows(queue, services, now));
        model.addAttribute("services", services);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("filtered", filtered(filter));
        model.addAttribute("supervisor", me.has(Role.SUPERVISOR));
        model.addAttribute("now", now);
        return "requests/queue";
    }

    @GetMapping("/workspace/requests/{id}")
    String detail(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        var survivor = pages.survivor(me, id, redirect);
        if (survivor.isPresent()) {
            return "redirect:/workspace/requests/" + survivor.get();
        }
        var details = requests.request(me, id);
        pages.addDetails(model, details, true);
        model.addAttribute("assignable", colleagues.assignable(me, details.request()));
        model.addAttribute("context", contexts.of(me, details.request()));
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("allSeverities", Severity.values());
        return "requests/agent";
    }

    @PostMapping("/workspace/requests/{id}/reply")
    String reply(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "false") boolean internal,
            @RequestParam(defaultValue = "false") boolean callLog,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Composer mode,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) List<UUID> attachmentIds,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        var kind = callLog ? MessageKind.CALL_LOG : MessageKind.MESSAGE;
        boolean note = mode == null ? internal : mode == Composer.NOTE;
        boolean ask = mode == null ? "ask-info".equals(action) : mode == Composer.ASK;
        pages.attempt(redirect, () -> {
            var message = new NewMessage(body, note, kind, version, attachmentIds);
            var saved = requests.addMessage(me, id, message, Multiparts.uploads(files));
            if (ask) {
                handling.changeStatus(me, id, new StatusChange(RequestStatus.AWAITING_CUSTOMER, null, saved.version()));
            }
        });
        return "redirect:/workspace/requests/" + id;
    }

    @PostMapping("/workspace/requests/{id}/severity")
    String severity(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam Severity severity,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        pages.attempt(redirect, () -> handling.changeSeverity(me, id, new SeverityChange(severity, reason, version)));
        return "redirect:/workspace/requests/" + id;
    }

    @PostMapping("/workspace/requests/{id}/status")
    String status(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam RequestStatus status,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        pages.attempt(redirect, () -> handling.changeStatus(me, id, new StatusChange(status, reason, version)));
        return "redirect:/workspace/requests/" + id;
    }

    @PostMapping("/workspace/requests/{id}/assign")
    String assign(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID assigneeId,
            @RequestParam(defaultValue = "false") boolean take,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        var assignee = take ? me.id() : assigneeId;
        pages.attempt(redirect, () -> handling.assign(me, id, new Assignment(assignee, version)));
        return "redirect:/workspace/requests/" + id;
    }

    /** What the one composer of the request view sends: a reply, an internal note, or a question to the customer. */
    enum Composer {
        REPLY,
        NOTE,
        ASK
    }

    /** Whether a filter beyond the view (all or attention) narrows the queue, so the filters open expanded. */
    private static boolean filtered(QueueFilter filter) {
        return filter.severity() != null
                || filter.status() != null
                || filter.serviceId() != null
                || filter.language() != null
                || filter.assignee() != null
                || filter.breached()
                || filter.atRisk();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
