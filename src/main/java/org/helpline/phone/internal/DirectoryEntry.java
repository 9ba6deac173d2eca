package org.helpline.phone.internal;

import java.util.List;

/**
 * One country or region of the phone directory, named in the viewer's language. When
 * {@code ownLine} is false the region has no local number: {@code numbers} holds the international
 * line, and {@code languages} and {@code hours} are that line's, in its time zone {@code hoursZone}
 * rather than the region's {@code zone}. Each of {@code hours} says whether that service answers
 * now; the top-level {@code openNow} says it for technical support only. {@code seedName} is the
 * entry's name in the original Polish list, also accepted when searching.
 */
public record DirectoryEntry(
        String code,
        String name,
        String seedName,
        String zone,
        String organisationId,
        boolean ownLine,
        List<DirectoryNumber> numbers,
        List<DirectoryHours> hours,
        String hoursZone,
        List<DirectoryLanguage> languages,
        boolean openNow) {}
