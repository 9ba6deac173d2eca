package org.helpline.requests.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.helpline.requests.LinkKind;

/** Links the request to the request of the same tenant with {@code number}, as {@code RELATED} or {@code DUPLICATE}. */
public record LinkChange(
        @NotBlank @Size(max = 30) String number, @NotNull LinkKind kind) {}
