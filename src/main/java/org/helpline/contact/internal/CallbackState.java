package org.helpline.contact.internal;

/** Where a callback is: waiting in line, in the call, in after-call work, done, or withdrawn. */
public enum CallbackState {
    WAITING,
    IN_CALL,
    AFTER_CALL,
    COMPLETED,
    CANCELLED
}
