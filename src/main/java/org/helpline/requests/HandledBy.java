package org.helpline.requests;

/** Who answers a request: the support organisation's agents or the tenant's partner of record. */
public enum HandledBy {
    PROVIDER,
    PARTNER
}
