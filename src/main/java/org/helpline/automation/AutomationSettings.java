package org.helpline.automation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The routine automation of one support organisation: resolved requests close after {@code
 * closeResolvedAfterDays} (null: never) unless the customer answers, a customer who keeps a request
 * waiting is reminded after {@code remindAfterDays} (null: never; earlier when the R-19 downgrade
 * would come first), and {@code autoAssign} gives new requests to agents. {@code version} is the
 * one read, for changing them.
 */
public record AutomationSettings(
        @Min(1) @Max(365) Integer closeResolvedAfterDays,
        @Min(1) @Max(365) Integer remindAfterDays,
        boolean autoAssign,
        Long version) {}
