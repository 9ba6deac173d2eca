package org.helpline.sla.api;

import jakarta.validation.constraints.NotNull;
import org.helpline.shared.InvalidInputException;
import org.helpline.sla.internal.SlaTarget;
import org.helpline.sla.internal.TargetUnit;

/** A target as JSON: {@code {"amount": 3, "unit": "BUSINESS_DAYS"}}. */
record TargetBody(@NotNull Integer amount, @NotNull TargetUnit unit) {

    static TargetBody of(SlaTarget target) {
        return target == null ? null : new TargetBody(target.amount(), target.unit());
    }

    SlaTarget toTarget(String field) {
        try {
            return new SlaTarget(amount, unit);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
