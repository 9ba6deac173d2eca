package org.helpline.phone.internal;

/** Why a caller was verified: they called from a registered number, or they read back the code. */
public enum GrantReason {
    REGISTERED_NUMBER,
    CODE_CONFIRMED
}
