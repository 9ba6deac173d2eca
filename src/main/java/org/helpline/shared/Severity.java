package org.helpline.shared;

/** How critical a request is: A critical, B high, C non-critical. */
public enum Severity {
    A,
    B,
    C;

    /** Whether this severity is less critical than {@code other} (C is less severe than B). */
    public boolean isLessSevereThan(Severity other) {
        return ordinal() > other.ordinal();
    }
}
