package org.helpline.sla;

/** The SLA clocks of a request; {@code NEXT_UPDATE} runs only on severity A. */
public enum ClockKind {
    FIRST_RESPONSE,
    NEXT_UPDATE
}
