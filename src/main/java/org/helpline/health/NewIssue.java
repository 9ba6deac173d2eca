package org.helpline.health;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A declaration of an issue. {@code language} is the language of title and impact (default en);
 * {@code translations} adds them in other languages (keys pl, en, zh). No {@code tenants}: every
 * tenant of the organisation.
 */
public record NewIssue(
        String classification,
        String title,
        List<String> services,
        String status,
        String impactDescription,
        List<UUID> tenants,
        String language,
        Map<String, Text> translations) {

    /** Title and impact in one language. */
    public record Text(String title, String impactDescription) {}
}
