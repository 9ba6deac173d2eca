package org.helpline.requests;

import java.util.List;
import org.helpline.requests.internal.Searching;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Service;

/**
 * Search of requests by text (issue 21): what a signed-in reader finds among the requests they may
 * see (a tenant admin their tenant's, an agent their organisation's, a partner agent those routed to
 * their partner), with the list's filters, and the request numbers that start as typed. The index
 * behind it is the {@link RequestFinder}'s.
 */
@Service
public class RequestSearches {

    private final Searching searching;

    RequestSearches(Searching searching) {
        this.searching = searching;
    }

    /** The page of matches, best first; 400 for a blank or overlong {@code q} or a page out of range. */
    public RequestSearchPage search(HelplineUser user, RequestSearch search) {
        return searching.search(user, search);
    }

    /** Up to 8 numbers of visible requests that start with {@code prefix} ("REQ-12", "12"). */
    public List<String> numbers(HelplineUser user, String prefix) {
        return searching.numbers(user, prefix);
    }
}
