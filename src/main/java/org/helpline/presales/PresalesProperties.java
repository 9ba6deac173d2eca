package org.helpline.presales;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of presales inquiries: at most {@code perAddress} from one e-mail address and
 * {@code perClient} from one client address (IP) within {@code window}. {@code organisation} is the
 * support organisation an inquiry goes to when it names none; blank means the provider (the
 * organisation of kind {@code PROVIDER}).
 */
@Validated
@ConfigurationProperties("helpline.presales")
public record PresalesProperties(
        @Min(1) @DefaultValue("3") int perAddress,
        @Min(1) @DefaultValue("10") int perClient,
        @NotNull @DefaultValue("1h") Duration window,
        @DefaultValue("") String organisation) {}
