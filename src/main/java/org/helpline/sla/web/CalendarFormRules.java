package org.helpline.sla.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.helpline.sla.internal.CalendarChange;
import org.helpline.sla.internal.CalendarInput;
import org.helpline.sla.internal.SlaCalendar;
import org.helpline.sla.internal.calendar.OpeningRange;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Checks a {@link CalendarForm} in one pass, flagging every field that is wrong with a message
 * that names it, and builds the {@link CalendarChange} when nothing is. The service checks the
 * change again (and what needs the database, such as a free identifier).
 */
final class CalendarFormRules {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_NAME = 100;
    private static final int END_OF_DAY = 24 * 60;

    private CalendarFormRules() {}

    /** The change the form asks for, or null when {@code errors} now holds what is wrong with it. */
    static CalendarChange check(CalendarForm form, boolean isNew, Errors errors) {
        if (isNew && (form.getId() == null || !ID.matcher(form.getId().strip()).matches())) {
            errors.rejectValue("id", "sla.error.calendar.id");
        }
        if (form.getName() == null
                || form.getName().isBlank()
                || form.getName().strip().length() > MAX_NAME) {
            errors.rejectValue("name", "sla.error.calendar.name");
        }
        if (!form.isTenantZone() && !knownZone(form.getZone())) {
            errors.rejectValue("zone", "sla.error.calendar.zone");
        }
        var hours = hours(form, errors);
        var holidays = holidays(form.getHolidays(), errors);
        if (errors.hasErrors()) {
            return null;
        }
        var zone =
                form.isTenantZone() ? SlaCalendar.TENANT_ZONE : form.getZone().strip();
        return new CalendarChange(form.getName().strip(), zone, hours, holidays, form.getVersion());
    }

    private static Map<DayOfWeek, List<OpeningRange>> hours(CalendarForm form, Errors errors) {
        var hours = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            var input = form.getDays().get(day.name());
            var ranges = input == null || !input.isOpen() ? List.<OpeningRange>of() : ranges(day, input, errors);
            hours.put(day, ranges);
        }
        boolean someDayOpen = form.getDays().values().stream().anyMatch(input -> input != null && input.isOpen());
        if (!someDayOpen) {
            errors.rejectValue("days", "sla.error.calendar.closedWeek");
        }
        return hours;
    }

    private static List<OpeningRange> ranges(DayOfWeek day, CalendarForm.DayHours input, Errors errors) {
        var field = "days[" + day.name() + "]";
        var dayName = new DefaultMessageSourceResolvable("sla.day." + day.name());
        var spans = input.filledRanges();
        if (spans.isEmpty()) {
            errors.rejectValue(field, "sla.error.day.none", new Object[] {dayName}, null);
            return List.of();
        }
        if (spans.size() > CalendarInput.MAX_RANGES_PER_DAY) {
            errors.rejectValue(
                    field, "sla.error.day.tooMany", new Object[] {dayName, CalendarInput.MAX_RANGES_PER_DAY}, null);
            return List.of();
        }
        var ranges = new ArrayList<OpeningRange>();
        for (var span : spans) {
            var start = minuteOfDay(span.getStart());
            var end = minuteOfDay(span.getEnd());
            if (start == null || end == null) {
                errors.rejectValue(field, "sla.error.day.incomplete", new Object[] {dayName}, null);
                return List.of();
            }
            end = end == 0 ? END_OF_DAY : end;
            if (start >= end) {
                errors.rejectValue(
                        field, "sla.error.day.order", new Object[] {dayName, span.getStart(), span.getEnd()}, null);
                return List.of();
            }
            ranges.add(new OpeningRange(start, end));
        }
        ranges.sort(Comparator.comparingInt(OpeningRange::startMinute));
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i).startMinute() < ranges.get(i - 1).endMinute()) {
                errors.rejectValue(
                        field,
                        "sla.error.day.overlap",
                        new Object[] {dayName, shown(ranges.get(i - 1)), shown(ranges.get(i))},
                        null);
                return List.of();
            }
        }
        return ranges;
    }

    private static Set<LocalDate> holidays(List<String> dates, Errors errors) {
        var holidays = new HashSet<LocalDate>();
        for (var date : dates == null ? List.<String>of() : dates) {
            if (date == null || date.isBlank()) {
                continue;
            }
            try {
                holidays.add(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                errors.rejectValue("holidays", "sla.error.calendar.holiday", new Object[] {date.strip()}, null);
                return Set.of();
            }
        }
        if (holidays.size() > CalendarInput.MAX_HOLIDAYS) {
            errors.rejectValue(
                    "holidays", "sla.error.calendar.holidays", new Object[] {CalendarInput.MAX_HOLIDAYS}, null);
        }
        return holidays;
    }

    /** Minutes since midnight of {@code HH:mm} (or {@code HH:mm:ss} on whole minutes), or null. */
    private static Integer minuteOfDay(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            var time = LocalTime.parse(text.strip());
            return time.getSecond() == 0 && time.getNano() == 0 ? time.getHour() * 60 + time.getMinute() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean knownZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String shown(OpeningRange range) {
        return range.toString().replace("-", "–");
    }
}
