package org.helpline.alerts;

/** What an alert warns about: 75% of a clock's target used, or its deadline missed. */
public enum AlertKind {
    AT_RISK,
    BREACHED
}
