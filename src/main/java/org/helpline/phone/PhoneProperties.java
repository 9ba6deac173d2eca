package org.helpline.phone;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of phone support. {@code codeKey} is the HMAC-SHA256 key (Base64, at least 32 bytes)
 * that verification codes are hashed with; when blank, the first node generates a random key and
 * keeps it in the database (fine for the embedded default; production sets it, so that a copy of
 * the database alone cannot be used to try all codes against the stored hashes). A code is valid
 * for {@code codeValidity} and allows {@code maxWrongTries}; a grant lasts at most
 * {@code grantDuration}. At most {@code sendsPerTenant} codes per tenant, {@code sendsPerCaller}
 * per caller number and {@code sendsPerAgent} per agent are sent within {@code sendWindow}. The directory
 * cache asks the database for changes made on other nodes at most every {@code directoryRefresh}.
 */
@Validated
@ConfigurationProperties("helpline.phone")
public record PhoneProperties(
        @DefaultValue("") String codeKey,
        @NotNull @DefaultValue("10m") Duration codeValidity,
        @Min(1) @Max(10) @DefaultValue("5") int maxWrongTries,
        @NotNull @DefaultValue("60m") Duration grantDuration,
        @Min(1) @DefaultValue("10") int sendsPerTenant,
        @Min(1) @DefaultValue("5") int sendsPerCaller,
        @Min(1) @DefaultValue("30") int sendsPerAgent,
        @NotNull @DefaultValue("1h") Duration sendWindow,
        @NotNull @DefaultValue("2s") Duration directoryRefresh) {}
