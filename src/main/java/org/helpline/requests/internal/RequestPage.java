package org.helpline.requests.internal;

import java.util.List;
import org.helpline.requests.ServiceRequest;

/** A page of requests, newest first, with the total the reader may see. */
public record RequestPage(List<ServiceRequest> items, long total, int page, int size) {}
