package org.helpline.knowledge.internal;

import java.util.List;
import java.util.UUID;

/** What an import did: the files imported and, for each broken file, why it was not. */
public record ImportReport(List<Imported> imported, List<Failed> failed) {

    /** A file that became an article. */
    public record Imported(String file, UUID id) {}

    /** A file that did not, with the reason naming what is wrong. */
    public record Failed(String file, String error) {}

    public boolean complete() {
        return failed.isEmpty();
    }
}
