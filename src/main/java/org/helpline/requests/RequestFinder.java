package org.helpline.requests;

import java.util.List;

/**
 * Finds requests by their text, for {@link RequestManagement#search}. This module only asks; the
 * request search module answers from its index, which it keeps from this module's events and
 * {@link RequestSnapshots#searchable}. Every query carries the {@link RequestQuery.Scope} of the
 * reader, and the finder must keep to it: nothing outside the scope is counted or returned.
 */
public interface RequestFinder {

    /** The page of {@code query}'s matches, best first, and how many there are in all. */
    FoundRequests find(RequestQuery query);

    /** Up to {@code limit} numbers in the scope that start with {@code prefix} or whose count does. */
    List<String> numbers(RequestQuery.Scope scope, String prefix, int limit);
}
