package org.helpline.automation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** automation_assignee: when each agent of an organisation last got a request automatically. */
@Repository
class Assignees {

    private final JdbcClient jdbc;

    Assignees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Instant> lastAssigned(String organisationId) {
        var last = new HashMap<UUID, Instant>();
        jdbc.sql("select user_id, last_assigned_at from automation_assignee where organisation_id = :organisation")
                .param("organisation", organisationId)
                .query(rs -> {
                    last.put(
                            rs.getObject("user_id", UUID.class),
                            rs.getTimestamp("last_assigned_at").toInstant());
                });
        return last;
    }

    void assigned(String organisationId, UUID userId, Instant at) {
        var updated = jdbc.sql("""
                        update automation_assignee set last_assigned_at = :at
                        where organisation_id = :organisation and user_id = :user
                        """)
                .param("at", Timestamp.from(at))
                .param("organisation", organisationId)
                .param("user", userId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into automation_assignee (organisation_id, user_id, last_assigned_at)
                    values (:organisation, :user, :at)
                    """)
                    .param("organisation", organisationId)
                    .param("user", userId)
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }
}
