package org.helpline.phone.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.helpline.phone.internal.RegionChange;
import org.helpline.phone.internal.SupportService;
import org.helpline.phone.web.DirectoryForm.DayHours;
import org.helpline.phone.web.DirectoryForm.ServiceHours;

/**
 * Between the directory's hour ranges ({@code TECHNICAL MON-FRI 08:00-18:00}, wrapping past Sunday
 * as in {@code SUN-THU}) and the editor's grid of one row per service and day. Consecutive days
 * with the same times become one range again. A closing time of {@code 00:00} is midnight at the end
 * of the day, stored as {@code 24:00}.
 */
final class WeekHours {

    private static final DayOfWeek[] WEEK = DayOfWeek.values();
    private static final String MIDNIGHT = "00:00";
    private static final String END_OF_DAY = "24:00";

    private WeekHours() {}

    static List<ServiceHours> of(List<RegionChange.HoursInput> ranges) {
        var result = new ArrayList<ServiceHours>();
        for (var service : SupportService.values()) {
            var days = new ArrayList<DayHours>();
            for (var day : WEEK) {
                days.add(ranges.stream()
                        .filter(range -> range.service().equals(service.name()) && covers(range.days(), day))
                        .findFirst()
                        .map(range -> new DayHours(day, true, range.from(), shownClosing(range.to())))
                        .orElseGet(() -> new DayHours(day, false, "", "")));
            }
            result.add(new ServiceHours(service, days));
        }
        return result;
    }

    /** The grid as posted, completed to every service and day in the order the page shows them. */
    static List<ServiceHours> complete(List<ServiceHours> posted) {
        var result = new ArrayList<ServiceHours>();
        var services = SupportService.values();
        for (int s = 0; s < services.length; s++) {
            var postedDays =
                    s < posted.size() && posted.get(s) != null ? posted.get(s).getDays() : List.<DayHours>of();
            var days = new ArrayList<DayHours>();
            for (int d = 0; d < WEEK.length; d++) {
                var day = d < postedDays.size() ? postedDays.get(d) : null;
                days.add(
                        day == null
                                ? new DayHours(WEEK[d], false, "", "")
                                : new DayHours(WEEK[d], day.isOpen(), day.getFrom(), day.getTo()));
            }
            result.add(new ServiceHours(services[s], days));
        }
        return result;
    }

    /** The open days of a completed grid as ranges: runs of consecutive days with equal times. */
    static List<RegionChange.HoursInput> ranges(List<ServiceHours> grid) {
        var result = new ArrayList<RegionChange.HoursInput>();
        for (var service : grid) {
            var days = service.getDays();
            int d = 0;
            while (d < days.size()) {
                var first = days.get(d);
                if (!first.isOpen()) {
                    d++;
                    continue;
                }
                int last = d;
                while (last + 1 < days.size() && sameTimes(first, days.get(last + 1))) {
                    last++;
                }
                result.add(new RegionChange.HoursInput(
                        service.getService(),
                        span(first.getDay(), days.get(last).getDay()),
                        first.getFrom(),
                        storedClosing(first.getTo())));
                d = last + 1;
            }
        }
        return result;
    }

    /** A time input cannot show {@code 24:00}: the editor writes midnight at the end of the day as {@code 00:00}. */
    private static String shownClosing(String to) {
        return END_OF_DAY.equals(to) ? MIDNIGHT : to;
    }

    private static String storedClosing(String to) {
        return MIDNIGHT.equals(to) ? END_OF_DAY : to;
    }

    private static boolean sameTimes(DayHours first, DayHours next) {
        return next.isOpen()
                && next.getFrom().equals(first.getFrom())
                && next.getTo().equals(first.getTo());
    }

    private static String span(DayOfWeek first, DayOfWeek last) {
        return first == last ? code(first) : code(first) + "-" + code(last);
    }

    private static boolean covers(String days, DayOfWeek day) {
        var range = days.split("-");
        var first = dayOf(range[0]);
        var last = range.length > 1 ? dayOf(range[1]) : first;
        if (first == null || last == null) {
            return false;
        }
        if (first.getValue() <= last.getValue()) {
            return day.getValue() >= first.getValue() && day.getValue() <= last.getValue();
        }
        return day.getValue() >= first.getValue() || day.getValue() <= last.getValue();
    }

    private static DayOfWeek dayOf(String code) {
        for (var day : WEEK) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        return null;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 3);
    }
}
