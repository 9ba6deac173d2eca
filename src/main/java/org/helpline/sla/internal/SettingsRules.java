package org.helpline.sla.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/** What an organisation admin may store as a calendar or a policy. */
final class SettingsRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_CADENCE_MINUTES = 7 * 24 * 60;
    private static final Pattern CALENDAR_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private SettingsRules() {}

    public static String calendarId(String id) {
        if (id == null || !CALENDAR_ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "is 1 to 40 lower-case letters, digits and dashes");
        }
        return id;
    }

    public static SlaCalendar calendar(String organisationId, String id, CalendarChange change) {
        if (change.name() == null
                || change.name().isBlank()
                || change.name().strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "is 1 to " + MAX_NAME + " characters");
        }
        var zone = CalendarInput.zone(change.zone(), "zone", true);
        if (change.hours() == null) {
            throw new InvalidInputException("hours", "is required");
        }
        var holidays = change.holidays() == null ? Set.<LocalDate>of() : change.holidays();
        if (holidays.size() > CalendarInput.MAX_HOLIDAYS) {
            throw new InvalidInputException("holidays", "holds at most " + CalendarInput.MAX_HOLIDAYS + " dates");
        }
        var checked = CalendarInput.calendar(ZoneId.of("UTC"), change.hours(), holidays, "hours");
        return new SlaCalendar(
                organisationId, id, change.name().strip(), zone, checked.hours(), holidays, change.version());
    }

    public static SlaPolicy policy(
            String organisationId, RequestCategory category, Severity severity, PolicyChange change) {
        SeverityRules.capBreakBy(category, severity).ifPresent(rule -> {
            throw new InvalidInputException("severity", rule);
        });
        if (change.firstResponse() == null) {
            throw new InvalidInputException("firstResponse", "is required");
        }
        if (change.calendarId() == null || change.calendarId().isBlank()) {
            throw new InvalidInputException("calendarId", "is required");
        }
        checkCadence(severity, change.updateCadenceMinutes());
        checkDowngrade(severity, change);
        return new SlaPolicy(
                organisationId,
                category,
                severity,
                change.firstResponse(),
                change.calendarId(),
                change.updateCadenceMinutes(),
                change.customerWait(),
                change.downgradeTo(),
                change.version());
    }

    private static void checkCadence(Severity severity, Integer cadence) {
        if (cadence == null) {
            return;
        }
        if (severity != Severity.A) {
            throw new InvalidInputException("updateCadenceMinutes", "only severity A has an update cadence (R-17)");
        }
        if (cadence < 1 || cadence > MAX_CADENCE_MINUTES) {
            throw new InvalidInputException("updateCadenceMinutes", "is 1 to " + MAX_CADENCE_MINUTES + " minutes");
        }
    }

    private static void checkDowngrade(Severity severity, PolicyChange change) {
        if ((change.customerWait() == null) != (change.downgradeTo() == null)) {
            throw new InvalidInputException("downgradeTo", "a customer-wait limit and a lower severity go together");
        }
        if (change.downgradeTo() != null && !change.downgradeTo().isLessSevereThan(severity)) {
            throw new InvalidInputException("downgradeTo", "must be less severe than " + severity);
        }
    }
}
