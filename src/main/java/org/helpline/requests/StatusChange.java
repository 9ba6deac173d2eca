package org.helpline.requests;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves a request through its lifecycle; {@code version} is the request's version the caller saw. */
public record StatusChange(
        @NotNull RequestStatus status, @Size(max = 2000) String reason, Long version) {}
