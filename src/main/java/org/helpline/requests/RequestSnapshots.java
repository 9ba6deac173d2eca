package org.helpline.requests;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.requests.internal.Copying;
import org.helpline.requests.internal.Reading;
import org.helpline.requests.internal.Searching;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current state of one request for modules that act on this module's events with no signed-in
 * user: the dashboard's projections, the alerts, the request e-mails. A listener reads the request as it stands after
 * the event, so a replayed or late event never undoes a newer state. No reader check: never show
 * its result to a user without checking who may see it.
 */
@Service
public class RequestSnapshots {

    private final Reading reading;
    private final Searching searching;
    private final Copying copying;

    RequestSnapshots(Reading reading, Searching searching, Copying copying) {
        this.reading = reading;
        this.searching = searching;
        this.copying = copying;
    }

    @Transactional(readOnly = true)
    public Optional<ServiceRequest> current(UUID requestId) {
        return reading.current(requestId);
    }

    /** The request with this number, when exactly one has it. */
    @Transactional(readOnly = true)
    public Optional<ServiceRequest> numbered(String number) {
        return reading.numbered(number);
    }

    /** The Markdown of a message of the request that the customer sees; empty for an internal note. */
    @Transactional(readOnly = true)
    public Optional<String> publicMessage(UUID tenantId, UUID requestId, UUID messageId) {
        return reading.publicMessage(tenantId, requestId, messageId);
    }

    /** The search documents of those of {@code ids} that exist (the request search index's source). */
    public List<SearchableRequest> searchable(Collection<UUID> ids) {
        return searching.searchable(ids);
    }

    /** Up to {@code limit} search documents with an id above {@code after} (null: from the first), by id. */
    public List<SearchableRequest> searchableAfter(UUID after, int limit) {
        return searching.searchableAfter(after, limit);
    }

    /** Everyone in copy of the request, watchers from the support side included. */
    @Transactional(readOnly = true)
    public List<PersonInCopy> peopleInCopy(UUID tenantId, UUID requestId) {
        return copying.ofRequest(tenantId, requestId);
    }
}
