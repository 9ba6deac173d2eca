package org.helpline.sla.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A calendar being edited and one question about it: {@code start} and {@code businessMinutes}
 * ask for a deadline, {@code from} and {@code to} for the business time between them.
 */
record EvaluateRequest(
        @NotNull @Valid Calendar calendar, Instant start, Long businessMinutes, Instant from, Instant to) {

    /** The calendar in a fixed IANA zone. */
    record Calendar(@NotBlank String zone, @NotNull Map<String, List<List<String>>> hours, List<String> holidays) {}
}
