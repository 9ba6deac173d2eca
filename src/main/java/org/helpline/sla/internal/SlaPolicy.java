package org.helpline.sla.internal;

import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/**
 * The service level of one (category, severity) in an organisation: the first-response target on
 * a calendar, the update cadence in calendar minutes (severity A only, R-17), and how long a
 * request may wait for the customer before it is lowered to {@code downgradeTo} (R-19; both null
 * when it never is). A (category, severity) without a policy cannot be filed.
 */
public record SlaPolicy(
        String organisationId,
        RequestCategory category,
        Severity severity,
        SlaTarget firstResponse,
        String calendarId,
        Integer updateCadenceMinutes,
        SlaTarget customerWait,
        Severity downgradeTo,
        long version) {}
