package org.helpline.phone.internal;

/** What calling a number costs: free, a local rate, a shared cost, or the international line. */
public enum LineKind {
    TOLL_FREE,
    LOCAL,
    SHARED_COST,
    MOBILE,
    INTERNATIONAL
}
