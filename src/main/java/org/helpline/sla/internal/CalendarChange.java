package org.helpline.sla.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpline.sla.internal.calendar.OpeningRange;

/**
 * New content of a calendar; {@code version} is the one the editor read (0 for a new calendar).
 * {@code zone} is an IANA zone id or {@value SlaCalendar#TENANT_ZONE}.
 */
public record CalendarChange(
        String name, String zone, Map<DayOfWeek, List<OpeningRange>> hours, Set<LocalDate> holidays, long version) {}
