package org.helpline.requests;

import org.helpline.shared.Severity;

/**
 * What an agent's queue shows. Null values do not filter; a null {@code status} means every open
 * status. {@code attention} keeps breached and at-risk requests (the supervisor's view); {@code
 * assignee} is {@code mine}, {@code unassigned} or null for both (supervisors: everyone's). {@code
 * after} is the cursor of the previous page.
 */
public record QueueFilter(
        Severity severity,
        RequestStatus status,
        String serviceId,
        String language,
        boolean breached,
        boolean atRisk,
        boolean attention,
        String assignee,
        String after,
        int size) {}
