package org.helpline.phone.internal;

/** A number to call: E.164, as the country writes it, and its kind. */
public record DirectoryNumber(String e164, String display, LineKind kind) {}
