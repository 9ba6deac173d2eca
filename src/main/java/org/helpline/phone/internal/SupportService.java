package org.helpline.phone.internal;

/**
 * What a line's hours are for: technical support, severity A (critical) technical support,
 * billing and subscriptions, presales.
 */
public enum SupportService {
    TECHNICAL,
    CRITICAL,
    BILLING,
    PRESALES
}
