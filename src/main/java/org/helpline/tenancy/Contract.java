package org.helpline.tenancy;

/** The support agreement a tenant signed; it decides, for example, whether severity A is open to it. */
public enum Contract {
    STANDARD,
    ADVANCED,
    SMALL_BUSINESS_ASSIST
}
