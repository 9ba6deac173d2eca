package org.helpline.phone.internal;

import java.util.List;

/** A region as its organisation's admin edits it; send {@code version} back with a {@link RegionChange}. */
public record EditableRegion(
        String code,
        String name,
        String organisationId,
        String zone,
        List<String> languages,
        List<RegionChange.NumberInput> numbers,
        List<RegionChange.HoursInput> hours,
        long version) {}
