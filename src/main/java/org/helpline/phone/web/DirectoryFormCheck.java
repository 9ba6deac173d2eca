package org.helpline.phone.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.helpline.phone.internal.LineKind;
import org.helpline.phone.web.DirectoryForm.DayHours;
import org.helpline.tenancy.PhoneNumbers;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Checks the whole editor form in one pass, before the directory checks it again, so that every
 * mistake is named at once by the label the admin sees ("Number 2, phone number: ...") in their
 * language. Answers each row's number in E.164, or null where it is not valid.
 */
final class DirectoryFormCheck {

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final int MAX_RANGES = 20;

    private DirectoryFormCheck() {}

    static List<String> check(DirectoryForm form, Set<String> languages, Locale viewer, Errors errors) {
        if (!zone(form.getZone())) {
            errors.rejectValue("zone", "phone.admin.error.zone");
        }
        if (form.getLanguages().isEmpty() || !languages.containsAll(form.getLanguages())) {
            errors.rejectValue("languages", "phone.admin.error.languages");
        }
        if (form.getNumbers().size() > DirectoryForm.MAX_NUMBERS) {
            errors.reject("phone.admin.error.numbersTooMany", new Object[] {DirectoryForm.MAX_NUMBERS}, null);
        }
        var e164 = new ArrayList<String>();
        for (int i = 0; i < form.getNumbers().size(); i++) {
            e164.add(number(form.getNumbers().get(i), i, viewer, errors));
        }
        hours(form, viewer, errors);
        return e164;
    }

    private static String number(DirectoryForm.NumberRow row, int i, Locale viewer, Errors errors) {
        var path = "numbers[" + i + "].";
        var position = i + 1;
        if (!kind(row.getKind())) {
            errors.rejectValue(path + "kind", "phone.admin.error.kind", new Object[] {position}, null);
        }
        if (!DialingCodes.known(row.getCountry())) {
            errors.rejectValue(path + "country", "phone.admin.error.country", new Object[] {position}, null);
            return null;
        }
        if (!PhoneNumbers.isValid(row.getNumber(), row.getCountry())) {
            var country = DialingCodes.name(row.getCountry(), viewer);
            errors.rejectValue(
                    path + "number",
                    "phone.admin.error.number",
                    new Object[] {position, row.getNumber(), country},
                    null);
            return null;
        }
        var e164 = PhoneNumbers.toE164(path + "number", row.getNumber(), row.getCountry());
        if (!row.getDisplay().isEmpty() && !PhoneNumbers.sameNumber(row.getDisplay(), e164, row.getCountry())) {
            errors.rejectValue(
                    path + "display", "phone.admin.error.display", new Object[] {position, row.getDisplay()}, null);
        }
        return e164;
    }

    private static void hours(DirectoryForm form, Locale viewer, Errors errors) {
        for (int s = 0; s < form.getHours().size(); s++) {
            var service = form.getHours().get(s);
            for (int d = 0; d < service.getDays().size(); d++) {
                var day = service.getDays().get(d);
                if (!day.isOpen()) {
                    continue;
                }
                var path = "hours[" + s + "].days[" + d + "].";
                var args = new Object[] {
                    new DefaultMessageSourceResolvable("phone.service." + service.getService()),
                    day.getDay().getDisplayName(TextStyle.FULL, viewer)
                };
                if (!TIME.matcher(day.getFrom()).matches()) {
                    errors.rejectValue(path + "from", "phone.admin.error.from", args, null);
                } else if (!closesAfter(day)) {
                    errors.rejectValue(path + "to", "phone.admin.error.to", args, null);
                }
            }
        }
        if (!errors.hasErrors() && WeekHours.ranges(form.getHours()).size() > MAX_RANGES) {
            errors.reject("phone.admin.error.tooManyRanges", new Object[] {MAX_RANGES}, null);
        }
    }

    /** Whether the day closes after it opens; {@code 00:00} as the closing time is midnight at the day's end. */
    private static boolean closesAfter(DayHours day) {
        if (!TIME.matcher(day.getTo()).matches()) {
            return false;
        }
        return day.getTo().equals("00:00") || day.getTo().compareTo(day.getFrom()) > 0;
    }

    private static boolean kind(String kind) {
        for (var candidate : LineKind.values()) {
            if (candidate != LineKind.INTERNATIONAL && candidate.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean zone(String id) {
        try {
            return !id.isBlank() && ZoneId.of(id.strip()) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
