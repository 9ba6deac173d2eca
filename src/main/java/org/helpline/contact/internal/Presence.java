package org.helpline.contact.internal;

/** What an agent is doing; only available agents are offered callbacks. */
public enum Presence {
    AVAILABLE,
    BUSY_ON_CONTACT,
    AFTER_CALL_WORK,
    AWAY
}
