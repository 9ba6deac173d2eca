package org.helpline.notify.web;

import java.util.Map;
import org.helpline.notify.DeliveryStatus;
import org.helpline.notify.internal.OutboxAdministration;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Component;

/**
 * The outbox's counts per status for the card on the org admins' home page
 * ({@code notify/outbox :: outboxCard}, through {@code ${@outboxSummary.forViewer()}}): the page
 * belongs to another module, which does not depend on this one. Null for anyone who may not see
 * the outbox, so the card is left out for them.
 */
@Component("outboxSummary")
public class OutboxSummary {

    private final OutboxAdministration outbox;

    OutboxSummary(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    public Map<DeliveryStatus.State, Long> forViewer() {
        var viewer = HelplineUser.current().orElse(null);
        return outbox.mayAdminister(viewer) ? outbox.counts(viewer) : null;
    }
}
