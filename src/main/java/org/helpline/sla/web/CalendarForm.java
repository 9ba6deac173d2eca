package org.helpline.sla.web;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpline.sla.internal.SlaCalendar;
import org.helpline.sla.internal.TargetUnit;
import org.helpline.sla.internal.calendar.OpeningRange;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The calendar form: each weekday ticked open with its ranges as pairs of time inputs (an end of
 * 00:00 is midnight, the end of the day), holidays as date inputs, and the inputs of the live
 * preview (local times in the viewer's zone). {@code zone} is a zone id or {@value
 * SlaCalendar#TENANT_ZONE}. {@link CalendarFormRules} checks it and builds the change.
 */
class CalendarForm {

    static final int BLANK_HOLIDAYS = 3;

    private String id;
    private String name;
    private String zone = SlaCalendar.TENANT_ZONE;
    private Map<String, DayHours> days = new LinkedHashMap<>();
    private List<String> holidays = new ArrayList<>();
    private long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime filedAt;

    private Integer targetAmount = 1;
    private TargetUnit targetUnit = TargetUnit.BUSINESS_DAYS;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime to;

    CalendarForm() {
        for (var day : DayOfWeek.values()) {
            days.put(day.name(), new DayHours());
        }
    }

    static CalendarForm of(SlaCalendar calendar) {
        var form = new CalendarForm();
        form.id = calendar.id();
        form.name = calendar.name();
        form.zone = calendar.zone();
        calendar.hours().forEach((day, ranges) -> {
            var hours = form.days.get(day.name());
            hours.setOpen(!ranges.isEmpty());
            ranges.forEach(range -> hours.getRanges().add(Span.of(range)));
        });
        calendar.holidays().forEach(holiday -> form.holidays.add(holiday.toString()));
        form.version = calendar.version();
        return form;
    }

    /** The form as the page shows it: blank rows dropped, then one blank range a day and a few blank holidays. */
    CalendarForm withBlankRows() {
        for (var day : DayOfWeek.values()) {
            days.compute(day.name(), (name, hours) -> hours == null ? new DayHours() : hours)
                    .keepOneBlankRange();
        }
        holidays.removeIf(holiday -> holiday == null || holiday.isBlank());
        for (int i = 0; i < BLANK_HOLIDAYS; i++) {
            holidays.add("");
        }
        return this;
    }

    boolean isTenantZone() {
        return SlaCalendar.TENANT_ZONE.equals(zone);
    }

    /** One weekday: whether it is open and its ranges. */
    public static class DayHours {

        private boolean open;
        private List<Span> ranges = new ArrayList<>();

        void keepOneBlankRange() {
            ranges.removeIf(span -> span == null || span.isBlank());
            ranges.add(new Span());
        }

        /** The ranges with something entered. */
        List<Span> filledRanges() {
            return ranges.stream()
                    .filter(span -> span != null && !span.isBlank())
                    .toList();
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public List<Span> getRanges() {
            return ranges;
        }

        public void setRanges(List<Span> ranges) {
            this.ranges = ranges == null ? new ArrayList<>() : new ArrayList<>(ranges);
        }
    }

    /** A range as two time inputs, {@code HH:mm}. */
    public static class Span {

        private String start = "";
        private String end = "";

        static Span of(OpeningRange range) {
            var span = new Span();
            span.start = range.start().toString();
            span.end = range.end().toString();
            return span;
        }

        boolean isBlank() {
            return (start == null || start.isBlank()) && (end == null || end.isBlank());
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public Map<String, DayHours> getDays() {
        return days;
    }

    public void setDays(Map<String, DayHours> days) {
        this.days = days == null ? new LinkedHashMap<>() : new LinkedHashMap<>(days);
    }

    public List<String> getHolidays() {
        return holidays;
    }

    public void setHolidays(List<String> holidays) {
        this.holidays = holidays == null ? new ArrayList<>() : new ArrayList<>(holidays);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public void setFiledAt(LocalDateTime filedAt) {
        this.filedAt = filedAt;
    }

    public Integer getTargetAmount() {
        return targetAmount;
    }

    public void setTargetAmount(Integer targetAmount) {
        this.targetAmount = targetAmount;
    }

    public TargetUnit getTargetUnit() {
        return targetUnit;
    }

    public void setTargetUnit(TargetUnit targetUnit) {
        this.targetUnit = targetUnit;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
