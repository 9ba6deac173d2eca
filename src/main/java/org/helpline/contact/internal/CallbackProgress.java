package org.helpline.contact.internal;

/** A filed callback as its requester follows it: the place in line (0 once answered) and the updated wait. */
public record CallbackProgress(Callback callback, int position, WaitTime expected) {}
