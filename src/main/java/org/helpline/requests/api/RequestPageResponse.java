package org.helpline.requests.api;

import java.util.List;
import org.helpline.requests.FoundRequests;

/**
 * A page of requests, newest first; for a search ({@code q}) best first, with {@code matches}: each
 * item's title and snippet as safe HTML, in the order of the items (null without {@code q}).
 */
record RequestPageResponse(
        List<RequestResponse> items, long total, int page, int size, List<FoundRequests.Match> matches) {}
