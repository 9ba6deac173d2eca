package org.helpline.contact.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.contact.AgentSkills;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agents' presence and skills. Presence changes are conditional updates, so two changes never both win. */
@Repository
class Agents {

    private static final String COLUMNS =
            "user_id, organisation_id, partner_id, name, presence, presence_since, version";

    private final JdbcClient jdbc;

    Agents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgentStatus> find(UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from contact_agent where user_id = :id")
                .param("id", userId)
                .query(this::map)
                .optional();
    }

    public List<AgentStatus> inOrganisation(String organisationId) {
        return jdbc.sql("select " + COLUMNS
                        + " from contact_agent where organisation_id = :organisation order by name, user_id")
                .param("organisation", organisationId)
                .query(this::map)
                .list();
    }

    public void insert(AgentStatus agent) {
        jdbc.sql("""
                insert into contact_agent (user_id, organisation_id, partner_id, name, presence, presence_since, version)
                values (:id, :organisation, :partner, :name, :presence, :since, 0)
                """)
                .param("id", agent.userId())
                .param("organisation", agent.organisationId())
                .param("partner", agent.partnerId())
                .param("name", agent.name())
                .param("presence", agent.presence().name())
                .param("since", Timestamps.of(agent.presenceSince()))
                .update();
        replaceSkills(agent.userId(), agent.skills());
    }

    /** Moves the agent from {@code from} to {@code to}; false when the agent was not in {@code from} any more. */
    public boolean changePresence(UUID userId, Presence from, Presence to, Instant at) {
        return jdbc.sql("""
                update contact_agent set presence = :to, presence_since = :at, version = version + 1
                where user_id = :id and presence = :from
                """)
                        .param("to", to.name())
                        .param("at", Timestamps.of(at))
                        .param("id", userId)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    public boolean bumpVersion(UUID userId, long version) {
        return jdbc.sql("update contact_agent set version = version + 1 where user_id = :id and version = :version")
                        .param("id", userId)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void replaceSkills(UUID userId, AgentSkills skills) {
        jdbc.sql("delete from contact_agent_language where user_id = :id")
                .param("id", userId)
                .update();
        jdbc.sql("delete from contact_agent_service where user_id = :id")
                .param("id", userId)
                .update();
        for (var language : skills.languages()) {
            jdbc.sql("insert into contact_agent_language (user_id, language) values (:id, :language)")
                    .param("id", userId)
                    .param("language", language)
                    .update();
        }
        for (var service : skills.services()) {
            jdbc.sql("insert into contact_agent_service (user_id, service_id) values (:id, :service)")
                    .param("id", userId)
                    .param("service", service)
                    .update();
        }
    }

    /** Agents of the queue by presence: {staffed (not away), available}. */
    public int[] staffing(String organisationId, UUID partnerId, String language) {
        var rows = jdbc.sql("""
                select a.presence, count(*) as agents from contact_agent a
                join contact_agent_language l on l.user_id = a.user_id and l.language = :language
                where a.organisation_id = :organisation and a.presence <> 'AWAY'
                  and ((cast(:partner as uuid) is null and a.partner_id is null) or a.partner_id = :partner)
                group by a.presence
                """)
                .param("language", language)
                .param("organisation", organisationId)
                .param("partner", partnerId)
                .query((rs, row) -> new Object[] {rs.getString("presence"), rs.getInt("agents")})
                .list();
        int staffed = 0;
        int available = 0;
        for (var row : rows) {
            staffed += (Integer) row[1];
            available += Presence.AVAILABLE.name().equals(row[0]) ? (Integer) row[1] : 0;
        }
        return new int[] {staffed, available};
    }

    private AgentStatus map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("user_id", UUID.class);
        var languages = jdbc.sql("select language from contact_agent_language where user_id = :id order by language")
                .param("id", id)
                .query(String.class)
                .list();
        var services = jdbc.sql("select service_id from contact_agent_service where user_id = :id order by service_id")
                .param("id", id)
                .query(String.class)
                .list();
        return new AgentStatus(
                id,
                rs.getString("name"),
                rs.getString("organisation_id"),
                rs.getObject("partner_id", UUID.class),
                Presence.valueOf(rs.getString("presence")),
                Timestamps.instant(rs, "presence_since"),
                new AgentSkills(languages, services),
                rs.getLong("version"));
    }
}
