package org.helpline.requests.web;

import java.time.Clock;
import java.util.UUID;
import org.helpline.requests.MessageKind;
import org.helpline.requests.NewMessage;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.internal.Assignment;
import org.helpline.requests.internal.Colleagues;
import org.helpline.requests.internal.Handling;
import org.helpline.requests.internal.QueueFilter;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agents' side: the queue ordered by SLA deadline with filters (a supervisor also sees
 * colleagues' requests and the breaches-and-at-risk view), and a request with reply, internal
 * note, logged call, ask for information, severity change with a reason, status and assignment.
 */
@Controller
class WorkspaceRequestController {

    private static final int QUEUE_PAGE = 50;

    private final RequestManagement requests;
    private final Handling handling;
    private final Reading reading;
    private final RequestPages pages;
    private final Colleagues colleagues;
    private final Clock clock;

    WorkspaceRequestController(
            RequestManagement requests,
            Handling handling,
            Reading reading,
            RequestPages pages,
            Colleagues colleagues,
            Clock clock) {
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
        model.addAttribute("queue", reading.queue(me, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("supervisor", me.has(Role.SUPERVISOR));
        model.addAttribute("now", clock.instant());
        return "requests/queue";
    }

    @GetMapping("/workspace/requests/{id}")
    String detail(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Model model) {
        var details = requests.request(me, id);
        pages.addDetails(model, details);
        model.addAttribute("assignable", colleagues.assignable(me, details.request()));
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
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        var kind = callLog ? MessageKind.CALL_LOG : MessageKind.MESSAGE;
        pages.attempt(redirect, () -> {
            var saved = requests.addMessage(me, id, new NewMessage(body, internal, kind, version));
            if ("ask-info".equals(action)) {
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
