package org.helpline.requests.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.helpline.requests.FoundRequests;
import org.helpline.requests.RequestFinder;
import org.helpline.requests.RequestQuery;
import org.helpline.requests.RequestSearch;
import org.helpline.requests.RequestSearchPage;
import org.helpline.requests.SearchableRequest;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.sla.SlaManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search of requests by text for a signed-in reader: the {@link RequestFinder} is asked within the
 * reader's scope (the same as {@link Viewer#clause()}), and the page it finds is read back through
 * the viewer once more, so a stale index can never show a request the reader may not see.
 */
@Component
public class Searching {

    static final int MAX_QUERY = 200;
    static final int MAX_RESULTS = 10_000;
    private static final int MAX_PAGE_SIZE = 200;
    private static final int NUMBERS = 8;

    private final Viewers viewers;
    private final ServiceRequests requests;
    private final SearchableRequests searchable;
    private final SlaManagement sla;
    private final Revisions revisions;
    private final ObjectProvider<RequestFinder> finder;

    Searching(
            Viewers viewers,
            ServiceRequests requests,
            SearchableRequests searchable,
            SlaManagement sla,
            Revisions revisions,
            ObjectProvider<RequestFinder> finder) {
        this.viewers = viewers;
        this.requests = requests;
        this.searchable = searchable;
        this.sla = sla;
        this.revisions = revisions;
        this.finder = finder;
    }

    @Transactional(readOnly = true)
    public RequestSearchPage search(HelplineUser user, RequestSearch search) {
        var viewer = viewers.of(user);
        check(search);
        var query = new RequestQuery(
                scope(viewer),
                search.q().strip(),
                search.status(),
                search.severity(),
                blankToNull(search.serviceId()),
                blankToNull(search.language()),
                search.page() * search.size(),
                search.size());
        var found = finder.getObject().find(query);
        var ids = found.matches().stream().map(FoundRequests.Match::requestId).toList();
        var byId =
                requests.among(viewer, ids).stream().collect(Collectors.toMap(ServiceRequest::id, Function.identity()));
        var items = ids.stream().filter(byId::containsKey).map(byId::get).toList();
        Map<UUID, FoundRequests.Match> matches = found.matches().stream()
                .filter(match -> byId.containsKey(match.requestId()))
                .collect(Collectors.toMap(FoundRequests.Match::requestId, Function.identity()));
        var slas = sla.summaries(items.stream().map(ServiceRequest::id).toList(), revisions.now());
        return new RequestSearchPage(items, matches, slas, found.total(), search.page(), search.size());
    }

    /** The numbers of requests the user may see that start with {@code prefix}, or whose count does. */
    public List<String> numbers(HelplineUser user, String prefix) {
        var viewer = viewers.of(user);
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        if (prefix.length() > 30) {
            throw new InvalidInputException("prefix", "must be at most 30 characters");
        }
        return finder.getObject().numbers(scope(viewer), prefix.strip(), NUMBERS);
    }

    @Transactional(readOnly = true)
    public List<SearchableRequest> searchable(Collection<UUID> ids) {
        return searchable.among(ids);
    }

    @Transactional(readOnly = true)
    public List<SearchableRequest> searchableAfter(UUID after, int limit) {
        return searchable.after(after, limit);
    }

    private static RequestQuery.Scope scope(Viewer viewer) {
        return switch (viewer.side()) {
            case CUSTOMER -> RequestQuery.Scope.tenant(viewer.tenantId());
            case AGENT -> RequestQuery.Scope.organisation(viewer.organisationId());
            case PARTNER_AGENT -> RequestQuery.Scope.partner(viewer.partnerId());
        };
    }

    private static void check(RequestSearch search) {
        if (search.q() == null || search.q().isBlank()) {
            throw new InvalidInputException("q", "must not be blank");
        }
        if (search.q().length() > MAX_QUERY) {
            throw new InvalidInputException("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (search.size() < 1 || search.size() > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (search.page() < 0 || (long) search.page() * search.size() >= MAX_RESULTS) {
            throw new InvalidInputException(
                    "page", "must be 0 or more and show one of the first " + MAX_RESULTS + " matches");
        }
        if (search.serviceId() != null && search.serviceId().length() > 40) {
            throw new InvalidInputException("service", "must be at most 40 characters");
        }
        if (search.language() != null && search.language().length() > 10) {
            throw new InvalidInputException("language", "must be at most 10 characters");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
