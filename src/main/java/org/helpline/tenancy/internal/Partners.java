package org.helpline.tenancy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.tenancy.Partner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores partners, each belonging to one support organisation. */
@Repository
class Partners {

    private static final String COLUMNS = "id, organisation_id, name, phone_e164, email, website, version";

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Partner> findByOrganisation(String organisationId) {
        return jdbc.sql("select " + COLUMNS + " from partner where organisation_id = :organisation order by name, id")
                .param("organisation", organisationId)
                .query(this::map)
                .list();
    }

    public Optional<Partner> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partner where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public void insert(Partner partner) {
        jdbc.sql("""
                insert into partner (id, organisation_id, name, phone_e164, email, website, version)
                values (:id, :organisation, :name, :phone, :email, :website, :version)
                """)
                .param("id", partner.id())
                .param("organisation", partner.organisationId())
                .param("name", partner.name())
                .param("phone", partner.phoneE164())
                .param("email", partner.email())
                .param("website", partner.website())
                .param("version", partner.version())
                .update();
    }

    private Partner map(ResultSet rs, int row) throws SQLException {
        return new Partner(
                rs.getObject("id", UUID.class),
                rs.getString("organisation_id"),
                rs.getString("name"),
                rs.getString("phone_e164"),
                rs.getString("email"),
                rs.getString("website"),
                rs.getLong("version"));
    }
}
