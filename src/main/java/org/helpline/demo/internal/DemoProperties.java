package org.helpline.demo.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the demo data ({@code helpline.demo.*}), read only when {@code helpline.demo-data} is on.
 *
 * @param historyDays how many days of past work the first start writes before today (0: none)
 * @param requestsPerDay how many requests the demo tenants file on an ordinary weekday, all together
 * @param seed the seed of the history's random choices: the same seed writes the same history
 */
@Validated
@ConfigurationProperties("helpline.demo")
record DemoProperties(
        @Min(0) @Max(366) @DefaultValue("90") int historyDays,
        @Min(1) @Max(500) @DefaultValue("25") int requestsPerDay,
        @DefaultValue("20261207") long seed) {}
