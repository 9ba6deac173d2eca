package org.helpline.identity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of sign-in: after {@code maxFailedSignIns} failures in a row an account is locked for
 * {@code lockout}.
 */
@Validated
@ConfigurationProperties("helpline.identity")
public record IdentityProperties(
        @Min(1) @DefaultValue("5") int maxFailedSignIns,
        @NotNull @DefaultValue("15m") Duration lockout) {}
