package org.helpline.requests;

/** Where a service request is in its lifecycle. */
public enum RequestStatus {
    NEW,
    IN_PROGRESS,
    AWAITING_CUSTOMER,
    RESOLVED,
    CLOSED;

    /** Whether agents still work on it: its SLA clocks may run. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
