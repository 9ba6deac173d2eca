package org.helpline.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.helpline.shared.Severity;

/** An agent's change of severity; the reason is mandatory. */
public record SeverityChange(
        @NotNull Severity severity,
        @NotBlank @Size(max = 2000) String reason,
        Long version) {}
