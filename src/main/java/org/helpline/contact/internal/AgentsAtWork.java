package org.helpline.contact.internal;

import java.util.List;
import java.util.UUID;
import org.helpline.contact.AgentAtWork;
import org.helpline.contact.AgentAvailability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The agents at work with the skills a piece of work needs, by name. */
@Repository
class AgentsAtWork implements AgentAvailability {

    private final JdbcClient jdbc;

    AgentsAtWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgentAtWork> atWork(String organisationId, UUID partnerId, String language, String serviceId) {
        return find(organisationId, partnerId, SkillRules.language(language), serviceId);
    }

    private List<AgentAtWork> find(String organisationId, UUID partnerId, String language, String serviceId) {
        return jdbc.sql("""
                select a.user_id, a.name from contact_agent a
                where a.organisation_id = :organisation and a.presence <> 'AWAY'
                    and ((cast(:partner as uuid) is null and a.partner_id is null) or a.partner_id = :partner)
                    and (cast(:language as varchar(10)) is null or exists (select 1 from contact_agent_language l
                        where l.user_id = a.user_id and l.language = :language))
                    and (cast(:service as varchar(60)) is null
                        or not exists (select 1 from contact_agent_service s where s.user_id = a.user_id)
                        or exists (select 1 from contact_agent_service s where s.user_id = a.user_id and s.service_id = :service))
                order by a.name, a.user_id
                """)
                .param("organisation", organisationId)
                .param("partner", partnerId)
                .param("language", language)
                .param("service", serviceId)
                .query((rs, row) -> new AgentAtWork(rs.getObject("user_id", UUID.class), rs.getString("name")))
                .list();
    }
}
