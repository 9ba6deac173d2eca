package org.helpline.sla.web;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.helpline.sla.internal.CalendarChange;
import org.helpline.sla.internal.CalendarInput;
import org.helpline.sla.internal.SlaCalendar;
import org.helpline.sla.internal.TargetUnit;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The calendar form: weekly hours as one text per day ({@code 09:00-12:00, 13:00-18:00}), holidays
 * one ISO date per line, and the inputs of the live preview (local times in the viewer's zone).
 */
class CalendarForm {

    private String id;
    private String name;
    private String zone;
    private boolean tenantZone;
    private Map<String, String> days = new LinkedHashMap<>();
    private String holidays = "";
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
        Arrays.stream(DayOfWeek.values()).forEach(day -> days.put(day.name(), ""));
    }

    static CalendarForm of(SlaCalendar calendar) {
        var form = new CalendarForm();
        form.id = calendar.id();
        form.name = calendar.name();
        form.tenantZone = calendar.usesTenantZone();
        form.zone = calendar.usesTenantZone() ? "" : calendar.zone();
        calendar.hours()
                .forEach((day, ranges) -> form.days.put(
                        day.name(), ranges.stream().map(Object::toString).collect(Collectors.joining(", "))));
        form.holidays = calendar.holidays().stream().map(Object::toString).collect(Collectors.joining("\n"));
        form.version = calendar.version();
        return form;
    }

    CalendarChange toChange() {
        var text = new EnumMap<DayOfWeek, String>(DayOfWeek.class);
        days.forEach((day, ranges) -> text.put(DayOfWeek.valueOf(day), ranges));
        return new CalendarChange(
                name,
                tenantZone ? SlaCalendar.TENANT_ZONE : zone,
                CalendarInput.hoursFromText(text, "hours"),
                CalendarInput.holidays(holidayLines(), "holidays"),
                version);
    }

    List<String> holidayLines() {
        return holidays == null
                ? List.of()
                : holidays.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
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

    public boolean isTenantZone() {
        return tenantZone;
    }

    public void setTenantZone(boolean tenantZone) {
        this.tenantZone = tenantZone;
    }

    public Map<String, String> getDays() {
        return days;
    }

    public void setDays(Map<String, String> days) {
        this.days = days;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
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
