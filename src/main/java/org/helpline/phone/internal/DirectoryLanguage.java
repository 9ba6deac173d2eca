package org.helpline.phone.internal;

/** A language spoken on the line: its tag and its name in the viewer's language. */
public record DirectoryLanguage(String code, String name) {}
