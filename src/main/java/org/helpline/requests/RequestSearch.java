package org.helpline.requests;

import org.helpline.shared.Severity;

/** What a reader searches for: {@code q}, the list's filters (null filters nothing) and the page (from 0). */
public record RequestSearch(
        String q, RequestStatus status, Severity severity, String serviceId, String language, int page, int size) {}
