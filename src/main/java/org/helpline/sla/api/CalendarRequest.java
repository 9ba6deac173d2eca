package org.helpline.sla.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.helpline.sla.internal.CalendarChange;
import org.helpline.sla.internal.CalendarInput;

/**
 * A calendar to create or change. {@code zone} is an IANA id or {@code TENANT}; {@code id} is read
 * only on creation; {@code version} is the one read (0 for a new calendar).
 */
record CalendarRequest(
        @Size(max = 40) String id,
        @NotBlank @Size(max = 100) String name,
        @NotBlank String zone,
        @NotNull Map<String, List<List<String>>> hours,
        List<String> holidays,
        @NotNull Long version) {

    CalendarChange toChange() {
        return new CalendarChange(
                name,
                CalendarInput.zone(zone, "zone", true),
                CalendarInput.hours(hours, "hours"),
                CalendarInput.holidays(holidays, "holidays"),
                version);
    }
}
