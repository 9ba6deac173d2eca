package org.helpline.sla.internal;

/**
 * How a target is counted: {@code MINUTES} of business time on the policy's calendar (calendar
 * minutes on a 24x7 calendar), or {@code BUSINESS_DAYS}, each as long as the calendar's
 * {@linkplain org.helpline.sla.internal.calendar.BusinessCalendar#standardBusinessDay() standard business day}.
 */
public enum TargetUnit {
    MINUTES,
    BUSINESS_DAYS
}
