package org.helpline.requests;

/** Where a request came in; every channel enters the same SLA clocks. */
public enum Channel {
    PORTAL,
    API,
    PHONE
}
