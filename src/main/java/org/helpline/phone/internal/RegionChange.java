package org.helpline.phone.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An organisation admin's new numbers, hours, languages and time zone for a region, valid only
 * if {@code version} is still the region's version. Numbers may be written in any format the
 * region understands; {@code display} (optional) is how the country writes it and must denote
 * the same number.
 */
public record RegionChange(
        @NotBlank @Size(max = 64) String zone,
        @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 20) String> languages,
        @NotNull @Size(max = 10) List<@Valid @NotNull NumberInput> numbers,
        @NotNull @Size(max = 20) List<@Valid @NotNull HoursInput> hours,
        long version) {

    /** A number as typed. */
    public record NumberInput(
            @NotBlank @Size(max = 40) String number,
            @Size(max = 40) String display,
            @NotBlank @Size(max = 20) String kind) {}

    /** Hours as typed: {@code days} like {@code MON-FRI} or {@code SAT}, times as {@code HH:mm}. */
    public record HoursInput(
            @NotBlank @Size(max = 20) String service,
            @NotBlank @Size(max = 7) String days,
            @NotBlank @Size(max = 5) String from,
            @NotBlank @Size(max = 5) String to) {}
}
