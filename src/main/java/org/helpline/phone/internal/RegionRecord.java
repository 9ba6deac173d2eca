package org.helpline.phone.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A region of the directory as stored. {@code phoneRegion} is the libphonenumber region its
 * national numbers are read in; {@code ownNames} (keys {@code en}, {@code pl}, {@code zh-CN}) name
 * territories the JDK has no name for, otherwise it is empty.
 */
record RegionRecord(
        String code,
        String organisationId,
        String phoneRegion,
        ZoneId zone,
        String seedName,
        Map<String, String> ownNames,
        List<String> languages,
        List<NumberRecord> numbers,
        List<HoursRule> hours,
        long version) {

    public RegionRecord {
        ownNames = Map.copyOf(ownNames);
        languages = List.copyOf(languages);
        numbers = List.copyOf(numbers);
        hours = List.copyOf(hours);
    }
}
