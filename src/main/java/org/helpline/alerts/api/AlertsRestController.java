package org.helpline.alerts.api;

import java.util.List;
import java.util.UUID;
import org.helpline.alerts.internal.Alert;
import org.helpline.alerts.internal.AlertManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own SLA alerts for programs; another user's alert is 404. */
@RestController
@RequestMapping("/api/v1/alerts")
@PreAuthorize("isAuthenticated()")
class AlertsRestController {

    /** The newest alerts (at most {@link AlertManagement#LIMIT}) and how many are unread in all. */
    record AlertList(long unread, List<Alert> alerts) {}

    record Marked(int marked) {}

    private final AlertManagement alerts;

    AlertsRestController(AlertManagement alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    AlertList list(@AuthenticationPrincipal HelplineUser me, @RequestParam(defaultValue = "false") boolean unread) {
        return new AlertList(alerts.unread(me), alerts.alerts(me, unread));
    }

    @PostMapping("/{id}/read")
    Alert read(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return alerts.markRead(me, id);
    }

    @PostMapping("/read")
    Marked readAll(@AuthenticationPrincipal HelplineUser me) {
        return new Marked(alerts.markAllRead(me));
    }
}
