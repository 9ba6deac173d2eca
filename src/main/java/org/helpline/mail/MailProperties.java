package org.helpline.mail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code replyAddress} (e.g. {@code support@example.com}) is the mailbox replies to request e-mails
 * go to: when set, each request e-mail's Reply-To is {@code support+<token>@example.com} and its
 * subject carries the token too. {@code inbound} is that mailbox as Helpline reads it.
 */
@Validated
@ConfigurationProperties("helpline.mail")
public record MailProperties(
        @Pattern(regexp = "|[^@\\s+]+@[^@\\s]+") @DefaultValue("")
        String replyAddress,

        @Valid @DefaultValue Inbound inbound) {

    /**
     * The mailbox read for replies, over IMAP ({@code protocol} {@code imap} or {@code imaps}); off
     * while {@code host} is blank. Every {@code pollInterval} one node reads the unseen e-mails of
     * {@code folder}. A file larger than {@code maxAttachmentSize} is not kept (the message says so).
     */
    public record Inbound(
            @DefaultValue("") String host,
            @Min(0) @DefaultValue("0") int port,
            @DefaultValue("") String username,
            @DefaultValue("") String password,

            @NotBlank @Pattern(regexp = "imaps?") @DefaultValue("imaps")
            String protocol,

            @NotBlank @DefaultValue("INBOX") String folder,
            @NotNull @DefaultValue("1m") Duration pollInterval,
            @NotNull @DefaultValue("10MB") DataSize maxAttachmentSize,
            @NotNull @DefaultValue("30s") Duration timeout) {

        public boolean enabled() {
            return !host.isBlank();
        }
    }

    /** Whether request e-mails carry a reply address. */
    public boolean repliesByMail() {
        return !replyAddress.isBlank();
    }
}
