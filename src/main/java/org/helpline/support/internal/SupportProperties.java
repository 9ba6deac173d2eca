package org.helpline.support.internal;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where self-help and the community live, as offered to users who are not admins, and the
 * fallback phone line each support organisation publishes for when filing online does not work
 * keyed by organisation id and written as the organisation publishes it. Only the regional
 * operator ({@code cn}) publishes one; the provider's tenants file online or call through {@code
 * /phone}.
 */
@Validated
@ConfigurationProperties("helpline.support")
public record SupportProperties(
        @NotBlank @DefaultValue("/kb") String selfHelpPath,

        @NotBlank @DefaultValue("https://community.helpline.example")
        String communityUrl,

        Map<String, String> fallbackPhones) {

    public SupportProperties {
        fallbackPhones = fallbackPhones == null ? Map.of("cn", "(86) 400-089-0365") : Map.copyOf(fallbackPhones);
    }
}
