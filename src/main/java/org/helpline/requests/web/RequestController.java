package org.helpline.requests.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.NewMessage;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.api.Multiparts;
import org.helpline.requests.internal.Handling;
import org.helpline.requests.internal.Reading;
import org.helpline.requests.internal.StatusChange;
import org.helpline.shared.HelplineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My requests" of a tenant's admins, and a request's page: thread, history, SLA clocks, reply, resolve or reopen. */
@Controller
class RequestController {

    private static final int PAGE_SIZE = 25;

    private final RequestManagement requests;
    private final Handling handling;
    private final Reading reading;
    private final RequestPages pages;
    private final Clock clock;

    RequestController(RequestManagement requests, Handling handling, Reading reading, RequestPages pages, Clock clock) {
        this.clock = clock;
        this.handling = handling;
        this.reading = reading;
        this.requests = requests;
        this.pages = pages;
    }

    @GetMapping("/requests")
    String list(@AuthenticationPrincipal HelplineUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!me.isTenantAdmin()) {
            return "redirect:/support";
        }
        var found = reading.page(me, null, Math.max(page, 0), PAGE_SIZE);
        var now = clock.instant();
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(request ->
                                new RequestRow(request, SlaBadges.of(found.sla(request), request.status(), now), null))
                        .toList());
        return "requests/list";
    }

    @GetMapping("/requests/{id}")
    String detail(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        var survivor = pages.survivor(me, id, redirect);
        if (survivor.isPresent()) {
            return "redirect:/requests/" + survivor.get();
        }
        pages.addDetails(model, requests.request(me, id), false);
        return "requests/detail";
    }

    @PostMapping("/requests/{id}/messages")
    String message(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) List<UUID> attachmentIds,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        var message = new NewMessage(body, false, null, version, attachmentIds);
        pages.attempt(redirect, () -> requests.addMessage(me, id, message, Multiparts.uploads(files)));
        return "redirect:/requests/" + id;
    }

    @PostMapping("/requests/{id}/status")
    String status(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam RequestStatus status,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        pages.attempt(redirect, () -> handling.changeStatus(me, id, new StatusChange(status, null, version)));
        return "redirect:/requests/" + id;
    }
}
