package org.helpline.sla.internal;

import org.helpline.shared.Severity;

/**
 * New content of the policy of one (category, severity); {@code version} is the one the editor
 * read, 0 when the organisation has no policy for it yet.
 */
public record PolicyChange(
        SlaTarget firstResponse,
        String calendarId,
        Integer updateCadenceMinutes,
        SlaTarget customerWait,
        Severity downgradeTo,
        long version) {}
