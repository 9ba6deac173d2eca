package org.helpline.contact.internal;

import org.helpline.platform.ModuleEventListener;
import org.helpline.requests.HandledBy;
import org.helpline.requests.RequestOpened;
import org.springframework.stereotype.Component;

/**
 * "Contact me" by phone: a request whose preferred contact method is the phone joins the
 * callback queue of the agents who can handle it. Requesting a callback is idempotent per request,
 * so a redelivered event changes nothing.
 */
@Component
class CallbackOnRequestOpened {

    private final ContactManagement contact;

    CallbackOnRequestOpened(ContactManagement contact) {
        this.contact = contact;
    }

    @ModuleEventListener(condition = "#opened.wantsCallback()")
    void on(RequestOpened opened) {
        var details = opened.contact();
        var partner = opened.handledBy() == HandledBy.PARTNER ? opened.partnerId() : null;
        contact.requestCallback(new NewCallback(
                opened.tenantId(),
                opened.organisationId(),
                partner,
                opened.requestId(),
                opened.number(),
                details.phone(),
                details.language(),
                opened.serviceId(),
                opened.severity()));
    }
}
