package org.helpline.requests.web;

import java.util.UUID;
import org.helpline.requests.LinkKind;
import org.helpline.requests.internal.LinkChange;
import org.helpline.requests.internal.Linking;
import org.helpline.requests.internal.MergeChange;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a request's "Linked requests" card, for customers ({@code /requests/...}) and agents
 * ({@code /workspace/requests/...}): link, remove a link, and (agents) merge. A number the reader may
 * not see comes back as a message on the page, like a number that does not exist.
 */
@Controller
class RequestLinkController {

    private final Linking linking;
    private final RequestPages pages;
    private final MessageSource messages;

    RequestLinkController(Linking linking, RequestPages pages, MessageSource messages) {
        this.linking = linking;
        this.pages = pages;
        this.messages = messages;
    }

    @PostMapping({"/requests/{id}/links", "/workspace/requests/{id}/links"})
    String link(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(required = false) LinkKind kind,
            RedirectAttributes redirect) {
        numbered(me, id, redirect, () -> linking.link(me, id, new LinkChange(number, kind)));
        return back(me, id);
    }

    @PostMapping({"/requests/{id}/links/remove", "/workspace/requests/{id}/links/remove"})
    String unlink(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String number,
            RedirectAttributes redirect) {
        numbered(me, id, redirect, () -> linking.unlink(me, id, number));
        return back(me, id);
    }

    @PostMapping("/workspace/requests/{id}/merge")
    String merge(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String into,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        var survivor = new UUID[1];
        numbered(
                me,
                id,
                redirect,
                () -> survivor[0] =
                        linking.merge(me, id, new MergeChange(into, version)).id());
        return "redirect:/workspace/requests/" + (survivor[0] == null ? id : survivor[0]);
    }

    /** Runs the change; a number not found is the page's message, once the request itself is known to be visible. */
    private void numbered(HelplineUser me, UUID id, RedirectAttributes redirect, Runnable change) {
        try {
            pages.attempt(redirect, change);
        } catch (NotFoundException notFound) {
            linking.numberOf(me, id);
            redirect.addFlashAttribute(
                    "actionError",
                    messages.getMessage("requests.links.notFound", null, LocaleContextHolder.getLocale()));
        }
    }

    private static String back(HelplineUser me, UUID id) {
        return me.tenantId().isPresent() ? "redirect:/requests/" + id : "redirect:/workspace/requests/" + id;
    }
}
