package org.helpline.phone.internal;

import java.time.ZoneId;
import java.util.List;

/** Numbers, hours, languages and zone of a region after every rule was checked. */
record CheckedRegion(ZoneId zone, List<String> languages, List<NumberRecord> numbers, List<HoursRule> hours) {}
