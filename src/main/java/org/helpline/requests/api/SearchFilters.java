package org.helpline.requests.api;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Severity;

/** The list's filters that only a search applies. */
final class SearchFilters {

    private SearchFilters() {}

    /** Refuses severity, service or language on a list without {@code q}, rather than ignore them. */
    static void requireQuery(Severity severity, String service, String language) {
        if (severity != null) {
            throw new InvalidInputException("severity", "filters a search only: send q as well");
        }
        if (service != null) {
            throw new InvalidInputException("service", "filters a search only: send q as well");
        }
        if (language != null) {
            throw new InvalidInputException("language", "filters a search only: send q as well");
        }
    }
}
