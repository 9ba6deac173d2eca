package org.helpline.sla.internal;

import java.time.Duration;
import org.helpline.sla.internal.calendar.BusinessCalendar;

/** An amount of business time, such as "60 minutes" or "3 business days". */
public record SlaTarget(int amount, TargetUnit unit) {

    public static final int MAX_MINUTES = 525_600;
    public static final int MAX_BUSINESS_DAYS = 365;

    public SlaTarget {
        if (unit == null || amount < 1 || amount > (unit == TargetUnit.MINUTES ? MAX_MINUTES : MAX_BUSINESS_DAYS)) {
            throw new IllegalArgumentException("A target is 1 to " + MAX_MINUTES + " minutes or 1 to "
                    + MAX_BUSINESS_DAYS + " business days, got " + amount + " " + unit);
        }
    }

    /** The business time this target means on {@code calendar}. */
    public Duration on(BusinessCalendar calendar) {
        return unit == TargetUnit.MINUTES
                ? Duration.ofMinutes(amount)
                : calendar.standardBusinessDay().multipliedBy(amount);
    }

    @Override
    public String toString() {
        if (unit == TargetUnit.MINUTES) {
            return amount + " min";
        }
        return amount + (amount == 1 ? " business day" : " business days");
    }
}
