package org.helpline.tenancy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.helpline.tenancy.SupportOrganisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the support organisations; they are seeded by migrations and not edited by the application. */
@Repository
class SupportOrganisations {

    private static final String COLUMNS = "id, name, kind, country, time_zone, default_language";

    private final JdbcClient jdbc;

    SupportOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SupportOrganisation> findAll() {
        return jdbc.sql("select " + COLUMNS + " from support_organisation order by id")
                .query(this::map)
                .list();
    }

    public Optional<SupportOrganisation> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from support_organisation where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    private SupportOrganisation map(ResultSet rs, int row) throws SQLException {
        return new SupportOrganisation(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getString("country"),
                ZoneId.of(rs.getString("time_zone")),
                Locale.forLanguageTag(rs.getString("default_language")));
    }
}
