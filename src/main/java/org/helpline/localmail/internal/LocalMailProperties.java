package org.helpline.localmail.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The local mail server ({@link LocalMailSettings} decides {@code enabled} when it is not set):
 * SMTP on {@code smtpPort} and IMAP on {@code imapPort}, both on loopback only, each message kept
 * as a file under {@code directory}.
 */
@Validated
@ConfigurationProperties("helpline.mail.local")
record LocalMailProperties(
        @DefaultValue("false") boolean enabled,
        @Min(1) @Max(65535) @DefaultValue("2525") int smtpPort,
        @Min(1) @Max(65535) @DefaultValue("3143") int imapPort,
        @NotNull @DefaultValue("./data/mail") Path directory) {}
