package org.helpline.sla.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpline.sla.internal.calendar.OpeningRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores business calendars with their weekly ranges (ISO weekday 1-7, minutes of the day) and holidays. */
@Repository
class Calendars {

    private final JdbcClient jdbc;

    Calendars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A calendar row without its ranges and holidays. */
    public record Header(String organisationId, String id, String name, String zone, long version) {}

    private record DayRange(DayOfWeek day, OpeningRange range) {}

    public List<Header> findAll(String organisationId) {
        return jdbc.sql(
                        "select organisation_id, id, name, zone, version from sla_calendar where organisation_id = :org order by id")
                .param("org", organisationId)
                .query(Calendars::header)
                .list();
    }

    public Optional<SlaCalendar> find(String organisationId, String id) {
        return jdbc.sql(
                        "select organisation_id, id, name, zone, version from sla_calendar where organisation_id = :org and id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(Calendars::header)
                .optional()
                .map(this::withContent);
    }

    public void insert(SlaCalendar calendar) {
        jdbc.sql(
                        "insert into sla_calendar (organisation_id, id, name, zone, version) values (:org, :id, :name, :zone, 0)")
                .param("org", calendar.organisationId())
                .param("id", calendar.id())
                .param("name", calendar.name())
                .param("zone", calendar.zone())
                .update();
        insertContent(calendar);
    }

    /** Replaces name, zone, ranges and holidays if the version is still {@code calendar.version()}. */
    public boolean update(SlaCalendar calendar) {
        int changed = jdbc.sql("""
                update sla_calendar set name = :name, zone = :zone, version = version + 1
                where organisation_id = :org and id = :id and version = :version
                """)
                .param("org", calendar.organisationId())
                .param("id", calendar.id())
                .param("name", calendar.name())
                .param("zone", calendar.zone())
                .param("version", calendar.version())
                .update();
        if (changed == 0) {
            return false;
        }
        for (String table : List.of("sla_calendar_range", "sla_calendar_holiday")) {
            jdbc.sql("delete from " + table + " where organisation_id = :org and calendar_id = :id")
                    .param("org", calendar.organisationId())
                    .param("id", calendar.id())
                    .update();
        }
        insertContent(calendar);
        return true;
    }

    private void insertContent(SlaCalendar calendar) {
        calendar.hours()
                .forEach((day, ranges) -> ranges.forEach(range -> jdbc.sql("""
                insert into sla_calendar_range (organisation_id, calendar_id, day_of_week, start_minute, end_minute)
                values (:org, :id, :day, :start, :end)
                """)
                        .param("org", calendar.organisationId())
                        .param("id", calendar.id())
                        .param("day", day.getValue())
                        .param("start", range.startMinute())
                        .param("end", range.endMinute())
                        .update()));
        calendar.holidays()
                .forEach(holiday -> jdbc.sql("""
                insert into sla_calendar_holiday (organisation_id, calendar_id, holiday) values (:org, :id, :holiday)
                """)
                        .param("org", calendar.organisationId())
                        .param("id", calendar.id())
                        .param("holiday", Date.valueOf(holiday))
                        .update());
    }

    private SlaCalendar withContent(Header header) {
        Map<DayOfWeek, List<OpeningRange>> hours = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("""
                select day_of_week, start_minute, end_minute from sla_calendar_range
                where organisation_id = :org and calendar_id = :id order by day_of_week, start_minute
                """)
                .param("org", header.organisationId())
                .param("id", header.id())
                .query((rs, row) -> new DayRange(
                        DayOfWeek.of(rs.getInt("day_of_week")),
                        new OpeningRange(rs.getInt("start_minute"), rs.getInt("end_minute"))))
                .list()
                .forEach(dayRange -> hours.computeIfAbsent(dayRange.day(), day -> new ArrayList<>())
                        .add(dayRange.range()));
        var holidays = new HashSet<LocalDate>(jdbc.sql("""
                select holiday from sla_calendar_holiday where organisation_id = :org and calendar_id = :id
                """)
                .param("org", header.organisationId())
                .param("id", header.id())
                .query((rs, row) -> rs.getDate("holiday").toLocalDate())
                .list());
        return new SlaCalendar(
                header.organisationId(), header.id(), header.name(), header.zone(), hours, holidays, header.version());
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        return new Header(
                rs.getString("organisation_id"),
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("zone"),
                rs.getLong("version"));
    }
}
