package org.helpline.requests.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Merges the request into the request of the same tenant numbered {@code into}; {@code version} is the merged request's. */
public record MergeChange(@NotBlank @Size(max = 30) String into, Long version) {}
