package org.helpline.phone.internal;

/** A stored number of a region: E.164, the country's own way of writing it (or null), its kind. */
record NumberRecord(String e164, String display, LineKind kind) {}
