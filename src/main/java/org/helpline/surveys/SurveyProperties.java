package org.helpline.surveys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Survey settings. {@code linkKey} (Base64, at least 32 bytes) signs survey links with
 * HMAC-SHA256; when blank the first node generates one and keeps it in the database.
 * {@code validity} is how long a link works; {@code baseUrl} starts the links in e-mails.
 */
@Validated
@ConfigurationProperties("helpline.surveys")
public record SurveyProperties(
        @NotNull @Pattern(regexp = "|[A-Za-z0-9+/]{43,}={0,2}") @DefaultValue("")
        String linkKey,

        @NotNull @DefaultValue("14d") Duration validity,

        @NotBlank @Pattern(regexp = "https?://[^\\s]+[^/\\s]") @DefaultValue("http://localhost:8080")
        String baseUrl) {}
