package org.helpline.tenancy.api;

import java.util.UUID;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.RegisteredPhone;

/** A registered phone: E.164 for programs, {@code display} (international format) for people. */
record PhoneResponse(UUID id, String e164, String display, String label) {

    static PhoneResponse of(RegisteredPhone phone) {
        return new PhoneResponse(phone.id(), phone.e164(), PhoneNumbers.international(phone.e164()), phone.label());
    }
}
