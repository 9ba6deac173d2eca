package org.helpline.contact.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the contact module ({@code helpline.contact.*}).
 *
 * @param arrivalWindow the sliding window over which arrivals are counted
 * @param handleWindow how far back completed contacts count for the handle time
 * @param handleSample at most this many of the latest completed contacts count
 * @param paneLookahead how long after looking at the contact pane a customer typically files
 * @param minCompletedContacts fewer completed contacts than this in the handle window: no estimate
 * @param minArrivals fewer arrivals than this in the window: no steady state (no phone estimate)
 * @param coverage the share of waits the published range is built to hold
 * @param modelError relative variance added for what the model leaves out
 * @param staffingError relative variance for agents leaving or returning, divided by agents²
 * @param accuracyWindow the window of the supervisor's "recent accuracy"
 * @param pollInterval how often the contact pane refreshes
 */
@Validated
@ConfigurationProperties("helpline.contact")
public record ContactProperties(
        @NotNull @DefaultValue("1h") Duration arrivalWindow,
        @NotNull @DefaultValue("7d") Duration handleWindow,
        @Min(10) @Max(1000) @DefaultValue("100") int handleSample,
        @NotNull @DefaultValue("2m") Duration paneLookahead,
        @Min(2) @Max(1000) @DefaultValue("10") int minCompletedContacts,
        @Min(1) @Max(1000) @DefaultValue("5") int minArrivals,

        @DecimalMin("0.6") @DecimalMax("0.99") @DefaultValue("0.85")
        double coverage,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.02")
        double modelError,

        @DecimalMin("0") @DecimalMax("4") @DefaultValue("0.5")
        double staffingError,

        @NotNull @DefaultValue("7d") Duration accuracyWindow,
        @NotNull @DefaultValue("20s") Duration pollInterval) {}
