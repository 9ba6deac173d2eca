package org.helpline.phone.internal;

import java.util.List;

/**
 * One country or region of the phone directory, named in the viewer's language. When
 * {@code ownLine} is false the region has no number of its own and {@code numbers} holds the
 * international line. {@code openNow} says whether technical support answers now. {@code seedName}
 * is the entry's name in the original Polish list, also accepted when searching.
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
        List<DirectoryLanguage> languages,
        boolean openNow) {}
