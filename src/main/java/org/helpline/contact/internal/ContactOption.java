package org.helpline.contact.internal;

/** The ways a customer can reach an agent now: calling in, or asking to be called back ("Contact me"). */
public enum ContactOption {
    PHONE,
    CALLBACK
}
