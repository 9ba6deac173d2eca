package org.helpline.support.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Where self-help and the community live, as offered to users who are not admins. */
@Validated
@ConfigurationProperties("helpline.support")
public record SupportProperties(
        @NotBlank @DefaultValue("/kb") String selfHelpPath,

        @NotBlank @DefaultValue("https://community.helpline.example")
        String communityUrl) {}
