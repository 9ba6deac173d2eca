package org.helpline.tenancy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.UUID;
import org.helpline.tenancy.internal.TenantConstraints;

/** Licences of an offering (such as {@code business-basic}) to add to a tenant, optionally bought through a partner. */
public record NewSubscription(
        @NotBlank @Pattern(regexp = TenantConstraints.OFFERING)
        String offering,

        @NotNull SubscriptionKind kind,
        @Positive @Max(TenantConstraints.MAX_LICENCES) int licences,
        @NotNull LocalDate renewalDate,
        UUID partnerId) {}
