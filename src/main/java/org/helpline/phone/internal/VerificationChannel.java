package org.helpline.phone.internal;

/** Where a verification code goes: a registered e-mail address or a registered phone number (SMS). */
public enum VerificationChannel {
    EMAIL,
    SMS
}
