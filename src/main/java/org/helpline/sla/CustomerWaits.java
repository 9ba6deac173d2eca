package org.helpline.sla;

import java.util.List;

/** Which requests wait for their customer and until when before the R-19 downgrade; for Helpline's own jobs. */
public interface CustomerWaits {

    /** The organisation's requests that wait for their customer, longest waiting first, at most {@code limit}. */
    List<CustomerWait> waiting(String organisationId, int limit);
}
