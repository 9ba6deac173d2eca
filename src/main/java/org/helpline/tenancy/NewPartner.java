package org.helpline.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A partner to register in the acting admin's organisation; {@code website} is optional (http or https). */
public record NewPartner(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String phone,
        @NotBlank @Size(max = 254) String email,
        @Size(max = 300) String website) {}
