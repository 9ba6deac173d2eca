package org.helpline.phone.internal;

import java.util.List;

/** The whole directory as read at one revision. */
record DirectorySnapshot(long revision, List<RegionRecord> regions, Regions.InternationalLine internationalLine) {

    public DirectorySnapshot {
        regions = List.copyOf(regions);
    }
}
