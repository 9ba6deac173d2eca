package org.helpline.requests.api;

import java.util.List;

/** A page of requests, newest first. */
record RequestPageResponse(List<RequestResponse> items, long total, int page, int size) {}
