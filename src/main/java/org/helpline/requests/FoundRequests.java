package org.helpline.requests;

import java.util.List;
import java.util.UUID;

/**
 * A page of the matches of a {@link RequestQuery} and their {@code total}. The title and snippet
 * are safe HTML: the text escaped, then the matched words in {@code <mark>}.
 */
public record FoundRequests(long total, List<Match> matches) {

    public FoundRequests {
        matches = List.copyOf(matches);
    }

    /** One matching request, its title and the passages of its text that matched. */
    public record Match(UUID requestId, String titleHtml, String snippetHtml) {}
}
