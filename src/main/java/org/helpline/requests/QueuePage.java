package org.helpline.requests;

import java.util.List;

/** Requests ordered by their nearest SLA deadline; {@code next} is the cursor of the next page, or null. */
public record QueuePage(List<ServiceRequest> items, String next) {}
