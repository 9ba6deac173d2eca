package org.helpline.requests;

/** The result of intake: the request, and whether this call filed it or a retry found the first one. */
public record Filed(ServiceRequest request, boolean created) {}
