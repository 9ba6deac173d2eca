package org.helpline.requests.internal;

import java.util.Optional;
import java.util.UUID;
import org.helpline.phone.TenantsByRequestNumber;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Component;

/** Lets the phone console find a caller's tenant by the request number they read out. */
@Component
class ConsoleTenantsByRequestNumber implements TenantsByRequestNumber {

    private final RequestManagement requests;

    ConsoleTenantsByRequestNumber(RequestManagement requests) {
        this.requests = requests;
    }

    @Override
    public Optional<UUID> tenantOf(HelplineUser agent, String requestNumber) {
        return requests.tenantOfRequestNumber(agent, requestNumber);
    }
}
