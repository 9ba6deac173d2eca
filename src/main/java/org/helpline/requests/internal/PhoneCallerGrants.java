package org.helpline.requests.internal;

import java.util.UUID;
import org.helpline.phone.CallerVerification;
import org.helpline.requests.CallerGrants;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Component;

/** An agent may file for a tenant while the phone module holds a verification grant for its caller. */
@Component
class PhoneCallerGrants implements CallerGrants {

    private final CallerVerification verification;

    PhoneCallerGrants(CallerVerification verification) {
        this.verification = verification;
    }

    @Override
    public boolean hasGrant(HelplineUser agent, UUID tenantId) {
        return verification.hasGrant(agent, tenantId);
    }
}
