package org.helpline.contact.web;

import java.util.Locale;
import java.util.UUID;
import org.helpline.contact.internal.ContactManagement;
import org.helpline.contact.internal.ContactOption;
import org.helpline.shared.HelplineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contact pane: {@code /contact} shows it on its own; other pages include the fragment
 * {@code contact/pane :: pane(${requestId})} (requestId null before filing), which loads and then
 * refreshes {@code /contact/pane} by htmx without reloading the page. Every estimate shown is stored.
 */
@Controller
class ContactPaneController {

    private final ContactManagement contact;

    ContactPaneController(ContactManagement contact) {
        this.contact = contact;
    }

    @GetMapping("/contact")
    String page(@AuthenticationPrincipal HelplineUser me, @RequestParam(required = false) UUID request, Model model) {
        model.addAttribute("requestId", request);
        return "contact/contact";
    }

    @GetMapping("/contact/pane")
    String pane(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) UUID request,
            @RequestParam(required = false) String lang,
            Locale locale,
            Model model) {
        model.addAttribute("requestId", request);
        model.addAttribute("poll", contact.properties().pollInterval().toSeconds());
        if (request != null) {
            contact.progress(me, request).ifPresent(progress -> model.addAttribute("progress", progress));
        }
        if (!model.containsAttribute("progress")) {
            model.addAttribute("callback", contact.expectedWait(me, ContactOption.CALLBACK, lang));
            model.addAttribute("phone", contact.expectedWait(me, ContactOption.PHONE, lang));
        }
        return "contact/pane :: waits";
    }
}
