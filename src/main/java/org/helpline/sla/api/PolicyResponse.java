package org.helpline.sla.api;

import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.SlaPolicy;

/** An SLA policy as the API shows it; {@code version} goes back with a change. */
record PolicyResponse(
        RequestCategory category,
        Severity severity,
        TargetBody firstResponse,
        String calendarId,
        Integer updateCadenceMinutes,
        TargetBody customerWait,
        Severity downgradeTo,
        long version) {

    static PolicyResponse of(SlaPolicy policy) {
        return new PolicyResponse(
                policy.category(),
                policy.severity(),
                TargetBody.of(policy.firstResponse()),
                policy.calendarId(),
                policy.updateCadenceMinutes(),
                TargetBody.of(policy.customerWait()),
                policy.downgradeTo(),
                policy.version());
    }
}
