package org.helpline.shared;

/** The kinds of help a service request asks for; each has its own problem classifications. */
public enum RequestCategory {
    TECHNICAL,
    BILLING,
    PRESALES,
    ADVISORY
}
