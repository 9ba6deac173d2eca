package org.helpline.requestsearch.internal;

import java.util.List;
import org.helpline.requests.RequestSearch;
import org.helpline.requests.RequestSearchPage;
import org.helpline.requests.RequestSearches;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Service;

/**
 * What the search pages ask: the requests module's {@link RequestSearches}, which checks who reads
 * and reads the page back, answered by this module's index.
 */
@Service
public class RequestSearching {

    private final RequestSearches searches;

    RequestSearching(RequestSearches searches) {
        this.searches = searches;
    }

    public RequestSearchPage search(HelplineUser user, RequestSearch search) {
        return searches.search(user, search);
    }

    public List<String> numbers(HelplineUser user, String prefix) {
        return searches.numbers(user, prefix);
    }
}
