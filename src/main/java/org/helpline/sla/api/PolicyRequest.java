package org.helpline.sla.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.PolicyChange;

/** The policy of one (category, severity); {@code version} is the one read, 0 when there was none. */
record PolicyRequest(
        @NotNull @Valid TargetBody firstResponse,
        @NotBlank String calendarId,
        Integer updateCadenceMinutes,
        @Valid TargetBody customerWait,
        Severity downgradeTo,
        @NotNull Long version) {

    PolicyChange toChange() {
        return new PolicyChange(
                firstResponse.toTarget("firstResponse"),
                calendarId,
                updateCadenceMinutes,
                customerWait == null ? null : customerWait.toTarget("customerWait"),
                downgradeTo,
                version);
    }
}
