package org.helpline.requests.internal;

import static org.helpline.requests.internal.ServiceRequests.instant;
import static org.helpline.requests.internal.ServiceRequests.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.PersonInCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people in copy of each request, keyed by tenant, request and address. */
@Repository
class PeopleInCopy {

    private static final String COLUMNS = "select email, user_id, staff, added_by, added_at from request_copy";

    private final JdbcClient jdbc;

    PeopleInCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PersonInCopy> of(UUID tenantId, UUID requestId) {
        return jdbc.sql(COLUMNS + " where tenant_id = :tenant and request_id = :request order by added_at, email")
                .param("tenant", tenantId)
                .param("request", requestId)
                .query(PeopleInCopy::map)
                .list();
    }

    /** Adds the person unless they are in copy already; answers whether they were added. */
    boolean add(UUID tenantId, UUID requestId, PersonInCopy person) {
        return jdbc.sql("""
                        insert into request_copy (tenant_id, request_id, email, user_id, staff, added_by, added_at)
                        select :tenant, :request, :email, :user, :staff, :addedBy, :at
                        where not exists (select 1 from request_copy
                                          where tenant_id = :tenant and request_id = :request and email = :email)
                        """)
                        .param("tenant", tenantId)
                        .param("request", requestId)
                        .param("email", person.email())
                        .param("user", person.userId())
                        .param("staff", person.staff())
                        .param("addedBy", person.addedBy())
                        .param("at", timestamp(person.addedAt()))
                        .update()
                > 0;
    }

    boolean remove(UUID tenantId, UUID requestId, String email) {
        return jdbc.sql(
                                "delete from request_copy where tenant_id = :tenant and request_id = :request and email = :email")
                        .param("tenant", tenantId)
                        .param("request", requestId)
                        .param("email", email)
                        .update()
                > 0;
    }

    private static PersonInCopy map(ResultSet rs, int row) throws SQLException {
        return new PersonInCopy(
                rs.getString("email"),
                rs.getObject("user_id", UUID.class),
                rs.getBoolean("staff"),
                rs.getString("added_by"),
                instant(rs, "added_at"));
    }
}
