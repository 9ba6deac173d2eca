package org.helpline.requests.web;

import java.util.UUID;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "People in copy" card of a request's page, for the tenant admin ({@code /requests/…}) and for
 * agents ({@code /workspace/requests/…}); a refused address comes back as a message on the page.
 */
@Controller
class PeopleInCopyController {

    private final RequestManagement requests;
    private final RequestPages pages;

    PeopleInCopyController(RequestManagement requests, RequestPages pages) {
        this.requests = requests;
        this.pages = pages;
    }

    @PostMapping({"/requests/{id}/cc", "/workspace/requests/{id}/cc"})
    String add(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        pages.attempt(redirect, () -> requests.addPersonInCopy(me, id, email));
        return back(me, id);
    }

    @PostMapping({"/requests/{id}/cc/remove", "/workspace/requests/{id}/cc/remove"})
    String remove(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        pages.attempt(redirect, () -> requests.removePersonInCopy(me, id, email));
        return back(me, id);
    }

    private static String back(HelplineUser me, UUID id) {
        return (me.isTenantAdmin() ? "redirect:/requests/" : "redirect:/workspace/requests/") + id;
    }
}
