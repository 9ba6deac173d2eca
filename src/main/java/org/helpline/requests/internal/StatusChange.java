package org.helpline.requests.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.helpline.requests.RequestStatus;

/** Moves a request through its lifecycle; {@code version} is the request's version the caller saw. */
public record StatusChange(
        @NotNull RequestStatus status, @Size(max = 2000) String reason, Long version) {}
