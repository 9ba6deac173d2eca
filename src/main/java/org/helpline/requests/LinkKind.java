package org.helpline.requests;

/**
 * How two requests of one tenant relate: a person links them as {@code RELATED} or {@code
 * DUPLICATE}; merging one into the other makes the merged request {@code MERGED_INTO} the survivor,
 * which lists it as {@code MERGED_FROM}.
 */
public enum LinkKind {
    RELATED,
    DUPLICATE,
    MERGED_INTO,
    MERGED_FROM;

    /** Whether a person may set this kind themselves; the merge kinds come only from merging. */
    public boolean byHand() {
        return this == RELATED || this == DUPLICATE;
    }
}
