package org.helpline.automation.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The defaults of an organisation whose admins have not set the automation (0 days: off), how
 * often the jobs run, and how many requests one run takes per organisation and step.
 */
@Validated
@ConfigurationProperties("helpline.automation")
public record AutomationProperties(
        @Min(0) @Max(365) @DefaultValue("7") int closeResolvedAfterDays,
        @Min(0) @Max(365) @DefaultValue("3") int remindAfterDays,
        @DefaultValue("false") boolean autoAssign,
        @NotNull @DefaultValue("1m") Duration interval,
        @Min(1) @Max(10000) @DefaultValue("200") int batch) {}
