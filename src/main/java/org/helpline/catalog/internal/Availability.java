package org.helpline.catalog.internal;

/** Whether an offering has a feature. */
public enum Availability {
    INCLUDED,
    ADD_ON,
    NOT_AVAILABLE
}
