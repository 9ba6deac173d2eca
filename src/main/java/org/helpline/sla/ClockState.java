package org.helpline.sla;

/** Where an SLA clock stands; only a {@code RUNNING} clock has a live timer. */
public enum ClockState {
    RUNNING,
    PAUSED,
    MET,
    BREACHED,
    STOPPED
}
