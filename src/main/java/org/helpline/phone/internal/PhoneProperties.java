package org.helpline.phone.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of phone support. {@code codeKey} is the HMAC-SHA256 key (Base64, at least 32 bytes,
 * or {@code file:<path>}) that verification codes are hashed with, and {@code previousCodeKeys}
 * the keys it replaced, which still check the codes of running challenges; when blank, the first
 * node generates a random key and keeps it in the database (the embedded default only: production
 * must set it, so that a copy of the database alone cannot be used to try all codes against the
 * stored hashes; see {@code org.helpline.platform.StoredKeys}). A code is valid
 * for {@code codeValidity} and allows {@code maxWrongTries}; a grant lasts at most
 * {@code grantDuration}. At most {@code sendsPerTenant} codes per tenant, {@code sendsPerCaller}
 * per caller number and {@code sendsPerAgent} per agent are sent within {@code sendWindow}. The directory
 * cache asks the database for changes made on other nodes at most every {@code directoryRefresh}.
 */
@Validated
@ConfigurationProperties("helpline.phone")
public record PhoneProperties(
        @DefaultValue("") String codeKey,
        @DefaultValue List<String> previousCodeKeys,
        @NotNull @DefaultValue("10m") Duration codeValidity,
        @Min(1) @Max(10) @DefaultValue("5") int maxWrongTries,
        @NotNull @DefaultValue("60m") Duration grantDuration,
        @Min(1) @DefaultValue("10") int sendsPerTenant,
        @Min(1) @DefaultValue("5") int sendsPerCaller,
        @Min(1) @DefaultValue("30") int sendsPerAgent,
        @NotNull @DefaultValue("1h") Duration sendWindow,
        @NotNull @DefaultValue("2s") Duration directoryRefresh) {}
