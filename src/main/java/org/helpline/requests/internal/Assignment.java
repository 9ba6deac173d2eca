package org.helpline.requests.internal;

import java.util.UUID;

/** Gives a request to an agent of its handling organisation or partner; null gives it back to the queue. */
public record Assignment(UUID assigneeId, Long version) {}
