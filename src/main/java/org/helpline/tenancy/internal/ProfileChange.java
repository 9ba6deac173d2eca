package org.helpline.tenancy.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.helpline.tenancy.Contract;

/**
 * The new state of a tenant's editable profile (the domain is fixed once registered). {@code
 * version} is the one the editor read; a different current version means someone else changed it.
 */
public record ProfileChange(
        @NotBlank @Size(max = 200) String name,

        @NotBlank @Pattern(regexp = TenantConstraints.COUNTRY)
        String country,

        @NotBlank @Size(max = 64) String timeZone,

        @NotBlank @Pattern(regexp = TenantConstraints.LANGUAGE)
        String language,

        @NotNull Contract contract,
        UUID partnerId,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 40) String> phones,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 254) String> emails,
        @PositiveOrZero long version) {}
