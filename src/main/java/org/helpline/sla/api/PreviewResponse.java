package org.helpline.sla.api;

import java.time.Instant;
import org.helpline.sla.internal.SlaPreview;

/** Deadlines of a preview with the policy, calendar and zone they were computed from. */
record PreviewResponse(
        Instant firstResponseDue,
        Instant nextUpdateDue,
        PolicyResponse policy,
        CalendarResponse calendar,
        String zone,
        long firstResponseTargetMinutes,
        boolean calendarTime) {

    static PreviewResponse of(SlaPreview preview) {
        return new PreviewResponse(
                preview.deadlines().firstResponseDue(),
                preview.deadlines().nextUpdateDue(),
                PolicyResponse.of(preview.policy()),
                CalendarResponse.of(preview.calendar()),
                preview.zone().getId(),
                preview.firstResponseTarget().toMinutes(),
                preview.calendarTime());
    }
}
