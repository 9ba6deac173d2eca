package org.helpline.mail.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.helpline.mail.MailPreferences;
import org.helpline.mail.RequestMailKind;
import org.helpline.shared.HelplineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A tenant admin's choice of request e-mails. */
@Controller
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'BILLING_ADMIN', 'SERVICE_SUPPORT_ADMIN', 'HELPDESK_ADMIN')")
class NotificationSettingsController {

    private final MailPreferences preferences;

    NotificationSettingsController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/account/notifications")
    String show(@AuthenticationPrincipal HelplineUser me, Model model) {
        model.addAttribute("choices", preferences.of(me));
        return "mail/notifications";
    }

    @PostMapping("/account/notifications")
    String save(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(name = "kind", required = false) List<RequestMailKind> kinds,
            RedirectAttributes redirect) {
        var enabled = EnumSet.noneOf(RequestMailKind.class);
        if (kinds != null) {
            kinds.stream().filter(Objects::nonNull).forEach(enabled::add);
        }
        preferences.choose(me, enabled);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account/notifications";
    }
}
