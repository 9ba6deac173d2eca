package org.helpline.requests;

import java.util.List;

/** A page of requests, newest first, with the total the reader may see. */
public record RequestPage(List<ServiceRequest> items, long total, int page, int size) {}
