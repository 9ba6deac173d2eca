package org.helpline.requests;

import java.util.UUID;

/**
 * Who handles a request: the support organisation, or the tenant's partner of record, whose id and
 * name are then set.
 */
public record Routing(HandledBy handledBy, UUID partnerId, String partnerName) {

    public boolean byPartner() {
        return handledBy == HandledBy.PARTNER;
    }
}
