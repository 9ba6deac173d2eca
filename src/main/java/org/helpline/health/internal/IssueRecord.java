package org.helpline.health.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.health.Classification;
import org.helpline.health.IssueStatus;
import org.helpline.health.NewIssue;

/** An issue as stored: its own text, translations, services and tenants. */
public record IssueRecord(
        String organisationId,
        UUID id,
        Classification classification,
        IssueStatus status,
        String language,
        String title,
        String impactDescription,
        Map<String, NewIssue.Text> translations,
        List<String> services,
        List<UUID> tenants,
        Instant startedAt,
        Instant updatedAt,
        Instant resolvedAt,
        String declaredBy,
        long version) {

    /** Whether a reader of this tenant (null: staff of the organisation) sees the issue. */
    public boolean visibleTo(UUID tenantId, boolean staff) {
        return staff || tenants.isEmpty() || tenantId != null && tenants.contains(tenantId);
    }

    public NewIssue.Text text(String readerLanguage) {
        if (readerLanguage.equals(language)) {
            return new NewIssue.Text(title, impactDescription);
        }
        return translations.getOrDefault(readerLanguage, new NewIssue.Text(title, impactDescription));
    }
}
