package org.helpline.contact.internal;

/** What an agent is doing; only available agents are offered callbacks. */
@org.springframework.modulith.NamedInterface("desk")
public enum Presence {
    AVAILABLE,
    BUSY_ON_CONTACT,
    AFTER_CALL_WORK,
    AWAY
}
