package org.helpline.tenancy.web;

import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.RegisteredPhone;

/** A registered phone as pages show it. */
record PhoneView(String e164, String display, String label) {

    static PhoneView of(RegisteredPhone phone) {
        return new PhoneView(phone.e164(), PhoneNumbers.international(phone.e164()), phone.label());
    }
}
