package org.helpline.sla.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.helpline.sla.internal.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Parsed business calendars by (organisation, calendar id, version, zone). The version is part of
 * the key, so a node that did not make an edit still never uses an outdated calendar; the editing
 * node also drops the calendar's old entries at once.
 */
@Component
class CalendarCache {

    private static final int MAX_ENTRIES = 10_000;

    private final Calendars rows;
    private final Map<Key, BusinessCalendar> calendars = new ConcurrentHashMap<>();
    private final Map<Id, SlaCalendar> definitions = new ConcurrentHashMap<>();

    CalendarCache(Calendars rows) {
        this.rows = rows;
    }

    private record Key(String organisationId, String calendarId, long version, ZoneId zone) {}

    private record Id(String organisationId, String calendarId) {}

    /** The calendar as stored, from the cache when the cached one has {@code version}. */
    public SlaCalendar definition(String organisationId, String calendarId, long version) {
        var id = new Id(organisationId, calendarId);
        var cached = definitions.get(id);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        var loaded = rows.find(organisationId, calendarId)
                .orElseThrow(() ->
                        new IllegalStateException("Calendar " + calendarId + " of " + organisationId + " is gone"));
        definitions.put(id, loaded);
        return loaded;
    }

    /** The calendar read in its own zone, or in {@code tenantZone} when it uses the tenant's zone. */
    public BusinessCalendar resolve(SlaCalendar calendar, ZoneId tenantZone) {
        var zone = zoneOf(calendar, tenantZone);
        var key = new Key(calendar.organisationId(), calendar.id(), calendar.version(), zone);
        if (calendars.size() > MAX_ENTRIES) {
            calendars.clear();
        }
        return calendars.computeIfAbsent(key, k -> BusinessCalendar.of(zone, calendar.hours(), calendar.holidays()));
    }

    public void evict(String organisationId, String calendarId) {
        definitions.remove(new Id(organisationId, calendarId));
        calendars
                .keySet()
                .removeIf(key -> key.organisationId().equals(organisationId)
                        && key.calendarId().equals(calendarId));
    }

    public static ZoneId zoneOf(SlaCalendar calendar, ZoneId tenantZone) {
        if (calendar.usesTenantZone()) {
            return tenantZone;
        }
        try {
            return ZoneId.of(calendar.zone());
        } catch (DateTimeException e) {
            throw new IllegalStateException("Calendar " + calendar.id() + " has an unknown zone " + calendar.zone(), e);
        }
    }
}
