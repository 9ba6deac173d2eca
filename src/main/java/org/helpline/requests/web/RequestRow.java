package org.helpline.requests.web;

import org.helpline.requests.ServiceRequest;

/** A request in a list (the queue, "My requests"): the request, its SLA badge now, its service's name or null. */
public record RequestRow(ServiceRequest request, SlaBadge badge, String serviceName) {}
