package org.helpline.contact;

/** How a customer reaches support: calling in, or asking to be called back ("Contact me"). */
public enum ContactMethod {
    PHONE,
    CALLBACK
}
