package org.helpline.notify.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Delivery settings. {@code from} is the sender of e-mails. A failed attempt is retried after
 * {@code firstRetry}, doubling each time up to {@code maxRetry}, until {@code maxAttempts}.
 * {@code workers} threads per node claim up to {@code batchSize} messages at a time for
 * {@code claimFor}; a node that dies while holding a claim loses it when that time is up.
 * {@code payloadKey} (Base64, 32 bytes, or {@code file:<path>}) encrypts secret values at rest,
 * and {@code previousPayloadKeys}, the keys it replaced, still decrypt what they encrypted; when
 * blank a random key is generated on first start and kept in the database (the embedded default
 * only; see {@code org.helpline.platform.StoredKeys}). {@code textGateway} is {@code log},
 * {@code http} (then {@code textGatewayUrl} and {@code textGatewayToken} are used) or {@code local}
 * (the local mail server's mailbox, which brings its own gateway).
 */
@Validated
@ConfigurationProperties("helpline.notify")
record NotifyProperties(
        @NotBlank @DefaultValue("Helpline <no-reply@helpline.example>")
        String from,

        @NotNull @DefaultValue("1s") Duration pollInterval,
        @Min(1) @Max(32) @DefaultValue("2") int workers,
        @Min(1) @Max(1000) @DefaultValue("100") int batchSize,
        @NotNull @DefaultValue("5m") Duration claimFor,
        @Min(1) @Max(50) @DefaultValue("8") int maxAttempts,
        @NotNull @DefaultValue("10s") Duration firstRetry,
        @NotNull @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("") String payloadKey,
        @DefaultValue List<String> previousPayloadKeys,

        @NotBlank @Pattern(regexp = "log|http|local") @DefaultValue("log")
        String textGateway,

        URI textGatewayUrl,
        @DefaultValue("") String textGatewayToken,
        @NotNull @DefaultValue("10s") Duration textGatewayTimeout,
        @DefaultValue("true") boolean workerEnabled) {}
