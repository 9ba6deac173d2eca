package org.helpline.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.helpline.tenancy.internal.TenantConstraints;

/**
 * A tenant to register. Phones may be national numbers of {@code country}; {@code partnerId} is
 * the partner of record, or null. {@link TenantManagement} checks every rule again, so callers
 * that skip Bean Validation still get an {@link org.helpline.shared.InvalidInputException}.
 */
public record NewTenant(
        @NotBlank @Size(max = 200) String name,

        @NotBlank @Size(max = 253) @Pattern(regexp = TenantConstraints.DOMAIN)
        String domain,

        @NotBlank @Pattern(regexp = TenantConstraints.COUNTRY)
        String country,

        @NotBlank @Size(max = 64) String timeZone,

        @NotBlank @Pattern(regexp = TenantConstraints.LANGUAGE)
        String language,

        @NotNull Contract contract,
        UUID partnerId,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 40) String> phones,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 254) String> emails) {}
