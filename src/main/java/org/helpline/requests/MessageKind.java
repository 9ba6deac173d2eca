package org.helpline.requests;

/** A message written in the thread, a call an agent logged, or a notice Helpline wrote itself. */
public enum MessageKind {
    MESSAGE,
    CALL_LOG,
    SYSTEM
}
