package org.helpline.sla.internal;

import java.util.List;
import java.util.UUID;
import org.helpline.sla.CustomerWait;
import org.helpline.sla.CustomerWaits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The customer waits of sla_request, as the automation's reminders read them. */
@Repository
class CustomerWaitRows implements CustomerWaits {

    private final JdbcClient jdbc;

    CustomerWaitRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustomerWait> waiting(String organisationId, int limit) {
        return jdbc.sql("""
                select request_id, tenant_id, awaiting_since, wait_due_at from sla_request
                where organisation_id = :organisation and awaiting_since is not null and closed_at is null
                order by awaiting_since, request_id fetch next :limit rows only
                """)
                .param("organisation", organisationId)
                .param("limit", limit)
                .query((rs, row) -> new CustomerWait(
                        rs.getObject("request_id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getTimestamp("awaiting_since").toInstant(),
                        rs.getTimestamp("wait_due_at") == null
                                ? null
                                : rs.getTimestamp("wait_due_at").toInstant()))
                .list();
    }
}
