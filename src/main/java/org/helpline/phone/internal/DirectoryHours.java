package org.helpline.phone.internal;

/**
 * Opening hours of one service in the region's local time: {@code days} as {@code MON-FRI},
 * {@code daysText} in the viewer's language, {@code from} and {@code to} as {@code HH:mm}
 * ({@code 24:00} is the end of the day).
 */
public record DirectoryHours(
        SupportService service, String days, String daysText, String from, String to, boolean openNow) {}
