package org.helpline.mail;

/** The request events a tenant admin can be e-mailed about. */
public enum RequestMailKind {
    FILED,
    ANSWERED,
    INFO_REQUESTED,
    SEVERITY_CHANGED,
    RESOLVED,
    CLOSED
}
