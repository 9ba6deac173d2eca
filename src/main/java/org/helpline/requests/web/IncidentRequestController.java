package org.helpline.requests.web;

import java.time.Clock;
import java.util.UUID;
import org.helpline.requests.internal.IncidentRequests;
import org.helpline.requests.internal.IncidentRequests.GroupAction;
import org.helpline.shared.HelplineUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An incident's requests on one page for agents: the list, one reply to all open ones, and resolving them all. */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'PARTNER_AGENT')")
class IncidentRequestController {

    private final IncidentRequests incidents;
    private final RequestPages pages;
    private final MessageSource messages;
    private final Clock clock;

    IncidentRequestController(IncidentRequests incidents, RequestPages pages, MessageSource messages, Clock clock) {
        this.incidents = incidents;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/workspace/incidents/{issueId}")
    String page(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID issueId, Model model) {
        var issue = incidents.issue(me, issueId, LocaleContextHolder.getLocale());
        var requests = incidents.of(me, issueId);
        model.addAttribute("issue", issue);
        model.addAttribute("requests", requests);
        model.addAttribute(
                "openCount", requests.stream().filter(r -> r.status().isOpen()).count());
        model.addAttribute("now", clock.instant());
        return "requests/incident";
    }

    @PostMapping("/workspace/incidents/{issueId}/reply")
    String reply(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID issueId,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        pages.attempt(
                redirect,
                () -> done(
                        redirect,
                        "requests.incident.answered",
                        incidents.replyToAll(me, issueId, new GroupAction(text)).size()));
        return "redirect:/workspace/incidents/" + issueId;
    }

    @PostMapping("/workspace/incidents/{issueId}/resolve")
    String resolve(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID issueId,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        pages.attempt(
                redirect,
                () -> done(
                        redirect,
                        "requests.incident.resolved",
                        incidents.resolveAll(me, issueId, new GroupAction(text)).size()));
        return "redirect:/workspace/incidents/" + issueId;
    }

    private void done(RedirectAttributes redirect, String key, int count) {
        redirect.addFlashAttribute(
                "done", messages.getMessage(key, new Object[] {count}, LocaleContextHolder.getLocale()));
    }
}
