package org.helpline.phone.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helpline.phone.internal.EditableRegion;
import org.helpline.phone.internal.RegionChange;
import org.helpline.phone.internal.SupportService;

/**
 * The directory editor's form: the time zone, the languages ticked, one row per number (kind,
 * country, number as dialled there, optionally how the country writes it) and, per service, the
 * opening and closing time of each day of the week. {@link #toChange} turns the days back into the
 * ranges the directory stores ({@code MON-FRI 08:00-18:00}).
 */
public class DirectoryForm {

    static final int MAX_NUMBERS = 10;

    private String zone = "";
    private List<String> languages = new ArrayList<>();
    private List<NumberRow> numbers = new ArrayList<>();
    private List<ServiceHours> hours = new ArrayList<>();
    private long version;

    static DirectoryForm of(EditableRegion region) {
        var form = new DirectoryForm();
        form.zone = region.zone();
        form.languages = new ArrayList<>(region.languages());
        var fallback = DialingCodes.defaultCountry(region.code()).orElse("");
        for (var number : region.numbers()) {
            var split = DialingCodes.split(number.number(), fallback);
            form.numbers.add(new NumberRow(number.kind(), split.country(), split.national(), number.display()));
        }
        form.hours = WeekHours.of(region.hours());
        form.version = region.version();
        return form;
    }

    /** Adds an empty number row, unless the entry has as many numbers as it may. */
    void addNumber(String country) {
        if (numbers.size() < MAX_NUMBERS) {
            numbers.add(new NumberRow("TOLL_FREE", country, "", ""));
        }
    }

    void removeNumber(int index) {
        if (index >= 0 && index < numbers.size()) {
            numbers.remove(index);
        }
    }

    /** Makes sure every service has a row for every day, whatever the browser sent back. */
    void completeHours() {
        hours = WeekHours.complete(hours);
    }

    /** The change as the directory takes it; {@code e164} holds each row's number already checked. */
    RegionChange toChange(List<String> e164) {
        var numberInputs = new ArrayList<RegionChange.NumberInput>();
        for (int i = 0; i < numbers.size(); i++) {
            var row = numbers.get(i);
            numberInputs.add(new RegionChange.NumberInput(e164.get(i), blankToNull(row.getDisplay()), row.getKind()));
        }
        return new RegionChange(zone.strip(), List.copyOf(languages), numberInputs, WeekHours.ranges(hours), version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One number: its kind (toll-free, local...), country, the number as dialled there, how the country writes it. */
    public static class NumberRow {
        private String kind = "";
        private String country = "";
        private String number = "";
        private String display = "";

        public NumberRow() {}

        NumberRow(String kind, String country, String number, String display) {
            this.kind = kind;
            this.country = country;
            this.number = number;
            this.display = display == null ? "" : display;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number == null ? "" : number.strip();
        }

        public String getDisplay() {
            return display;
        }

        public void setDisplay(String display) {
            this.display = display == null ? "" : display.strip();
        }
    }

    /** One service's week: seven days, Monday first; the service and the days come from the position, not the browser. */
    public static class ServiceHours {
        private String service = "";
        private List<DayHours> days = new ArrayList<>();

        public ServiceHours() {}

        ServiceHours(SupportService service, List<DayHours> days) {
            this.service = service.name();
            this.days = days;
        }

        public String getService() {
            return service;
        }

        public List<DayHours> getDays() {
            return days;
        }

        public void setDays(List<DayHours> days) {
            this.days = days == null ? new ArrayList<>() : days;
        }
    }

    /** Whether a service answers on one day and from when to when ({@code HH:mm}, {@code 24:00} the end of the day). */
    public static class DayHours {
        private DayOfWeek day = DayOfWeek.MONDAY;
        private boolean open;
        private String from = "";
        private String to = "";

        public DayHours() {}

        DayHours(DayOfWeek day, boolean open, String from, String to) {
            this.day = day;
            this.open = open;
            this.from = from;
            this.to = to;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from == null ? "" : from.strip();
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to == null ? "" : to.strip();
        }
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone == null ? "" : zone;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public List<NumberRow> getNumbers() {
        return numbers;
    }

    public void setNumbers(List<NumberRow> numbers) {
        this.numbers = numbers == null ? new ArrayList<>() : numbers;
    }

    public List<ServiceHours> getHours() {
        return hours;
    }

    public void setHours(List<ServiceHours> hours) {
        this.hours = hours == null ? new ArrayList<>() : hours;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
