package org.helpline.mail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code baseUrl} is the address users open Helpline at; links in e-mails start with it. */
@Validated
@ConfigurationProperties("helpline.mail")
public record MailProperties(
        @NotBlank @Pattern(regexp = "https?://[^\\s]+[^/\\s]") @DefaultValue("http://localhost:8080")
        String baseUrl) {}
