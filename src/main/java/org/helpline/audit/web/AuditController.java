package org.helpline.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.TenantDirectory;
import org.helpline.audit.internal.AuditLog;
import org.helpline.audit.internal.AuditQuery;
import org.helpline.shared.HelplineUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page of an organisation admin, filterable by action, actor, tenant and dates. */
@Controller
@PreAuthorize("hasRole('ORG_ADMIN')")
class AuditController {

    private static final int PAGE_SIZE = 50;
    private static final String SYSTEM = "system";

    private final AuditLog log;
    private final TenantDirectory tenants;
    private final AuditWording wording;

    AuditController(AuditLog log, TenantDirectory tenants, AuditWording wording) {
        this.log = log;
        this.tenants = tenants;
        this.wording = wording;
    }

    /** An action to filter by, with its label. */
    record ActionChoice(String key, String label) {}

    /** One line of the trail as the viewer reads it. */
    record Line(Instant occurredAt, String actor, String action, String target, String details, String address) {}

    @GetMapping("/admin/audit")
    String trail(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) UUID tenant,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        var zone = me.zone();
        var query = new AuditQuery(
                me.organisationId(),
                action,
                actor,
                tenant,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        long total = log.count(query);
        var pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var shown = (int) Math.min(Math.max(page, 0), pages - 1);
        var lines = log.find(query, shown, PAGE_SIZE).stream()
                .map(entry -> new Line(
                        entry.occurredAt(),
                        actor(entry),
                        wording.action(entry.action(), locale),
                        wording.text(entry.target(), zone, locale),
                        wording.details(entry.details(), zone, locale),
                        entry.remoteAddress()))
                .toList();
        var actions = log.actions(me.organisationId()).stream()
                .map(key -> new ActionChoice(key, wording.action(key, locale)))
                .sorted(Comparator.comparing(ActionChoice::label))
                .toList();
        model.addAttribute("entries", lines);
        model.addAttribute("actions", actions);
        model.addAttribute("tenants", tenants.tenantsOf(me.organisationId()));
        model.addAttribute("filter", new Filter(action, actor, tenant, from, to));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        return "audit/trail";
    }

    record Filter(String action, String actor, UUID tenant, LocalDate from, LocalDate to) {}

    /** Who acted: null for the application itself (timers record the login "system"), shown as "System". */
    private static String actor(AuditEntry entry) {
        return entry.actorId() == null && SYSTEM.equals(entry.actorLogin()) ? null : entry.actorLogin();
    }
}
