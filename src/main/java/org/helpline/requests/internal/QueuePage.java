package org.helpline.requests.internal;

import java.util.List;
import org.helpline.requests.ServiceRequest;

/** Requests ordered by their nearest SLA deadline; {@code next} is the cursor of the next page, or null. */
public record QueuePage(List<ServiceRequest> items, String next) {}
