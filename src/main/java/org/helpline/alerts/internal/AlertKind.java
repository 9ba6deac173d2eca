package org.helpline.alerts.internal;

/** What an alert warns about: 75% of a clock's target used, or its deadline missed. */
enum AlertKind {
    AT_RISK,
    BREACHED
}
