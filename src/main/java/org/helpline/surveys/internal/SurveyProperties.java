package org.helpline.surveys.internal;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Survey settings. {@code linkKey} (Base64, at least 32 bytes, or {@code file:<path>}) signs survey
 * links with HMAC-SHA256, and {@code previousLinkKeys}, the keys it replaced, still verify the
 * links they signed; when blank the first node generates one and keeps it in the database (the
 * embedded default only; see {@code org.helpline.platform.StoredKeys}).
 * {@code validity} is how long a link works.
 */
@Validated
@ConfigurationProperties("helpline.surveys")
record SurveyProperties(
        @NotNull @DefaultValue("") String linkKey,
        @DefaultValue List<String> previousLinkKeys,

        @NotNull @DefaultValue("14d") Duration validity) {}
