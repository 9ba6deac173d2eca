package org.helpline.sla;

import java.util.List;
import org.helpline.sla.internal.CustomerWaitRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which requests wait for their customer and until when before the R-19 downgrade; for Helpline's own jobs. */
@Service
public class CustomerWaits {

    private final CustomerWaitRows rows;

    CustomerWaits(CustomerWaitRows rows) {
        this.rows = rows;
    }

    /** The organisation's requests that wait for their customer, longest waiting first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<CustomerWait> waiting(String organisationId, int limit) {
        return rows.waiting(organisationId, limit);
    }
}
