package org.helpline.requests;

/** Who wrote a message or made a change: the customer's admin, an agent (provider or partner), or Helpline. */
public enum AuthorSide {
    CUSTOMER,
    AGENT,
    SYSTEM
}
