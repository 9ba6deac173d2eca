package org.helpline.audit.web;

import java.time.LocalDate;
import java.util.UUID;
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

    private final AuditLog log;
    private final TenantDirectory tenants;

    AuditController(AuditLog log, TenantDirectory tenants) {
        this.log = log;
        this.tenants = tenants;
    }

    @GetMapping("/admin/audit")
    String trail(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) UUID tenant,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
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
        model.addAttribute("entries", log.find(query, page, PAGE_SIZE));
        model.addAttribute("actions", log.actions(me.organisationId()));
        model.addAttribute("tenants", tenants.tenantsOf(me.organisationId()));
        model.addAttribute("filter", new Filter(action, actor, tenant, from, to));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("total", total);
        return "audit/trail";
    }

    record Filter(String action, String actor, UUID tenant, LocalDate from, LocalDate to) {}
}
