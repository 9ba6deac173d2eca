package org.helpline.requests;

/** How the customer prefers to be contacted. */
public enum ContactMethod {
    PHONE,
    EMAIL
}
