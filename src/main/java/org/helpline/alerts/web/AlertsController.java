package org.helpline.alerts.web;

import java.util.UUID;
import org.helpline.alerts.internal.AlertManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's alerts page, the header bell's count (polled by htmx) and marking read. */
@Controller
@PreAuthorize("isAuthenticated()")
class AlertsController {

    private final AlertManagement alerts;

    AlertsController(AlertManagement alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/alerts")
    String list(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(defaultValue = "false") boolean unread,
            Model model) {
        model.addAttribute("alerts", alerts.alerts(me, unread));
        model.addAttribute("unreadCount", alerts.unread(me));
        model.addAttribute("unreadOnly", unread);
        return "alerts/list";
    }

    @GetMapping("/alerts/bell")
    String bell(@AuthenticationPrincipal HelplineUser me, Model model) {
        model.addAttribute("unreadCount", alerts.unread(me));
        return "alerts/bell :: count";
    }

    @PostMapping("/alerts/{id}/read")
    String read(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        alerts.markRead(me, id);
        return "redirect:/alerts";
    }

    @PostMapping("/alerts/read-all")
    String readAll(@AuthenticationPrincipal HelplineUser me) {
        alerts.markAllRead(me);
        return "redirect:/alerts";
    }
}
