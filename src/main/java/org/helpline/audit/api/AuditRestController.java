package org.helpline.audit.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.internal.AuditLog;
import org.helpline.audit.internal.AuditQuery;
import org.helpline.shared.HelplineUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the organisation's audit trail, newest first, paged. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ORG_ADMIN')")
class AuditRestController {

    private final AuditLog log;

    AuditRestController(AuditLog log) {
        this.log = log;
    }

    record AuditPage(List<AuditEntry> items, long total, int page, int size) {}

    @GetMapping
    AuditPage trail(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) UUID tenantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var query = new AuditQuery(me.organisationId(), action, actor, tenantId, from, to);
        int bounded = Math.max(1, Math.min(size, 200));
        return new AuditPage(log.find(query, page, bounded), log.count(query), Math.max(page, 0), bounded);
    }
}
