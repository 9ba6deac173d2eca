package org.helpline.tenancy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.platform.Caches;
import org.helpline.platform.SharedCache;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.TenantSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores tenant rows. Updates check and bump {@code version} (optimistic locking). */
@Repository
class Tenants {

    private static final String COLUMNS =
            "id, organisation_id, name, domain, country, time_zone, language, contract, partner_id, version";
    private static final String MATCHING = """
            from tenant t left join partner p on p.id = t.partner_id
            where t.organisation_id = :organisation
              and (:pattern = '' or lower(t.name) like :pattern escape '!' or t.domain like :pattern escape '!')
            """;

    private final JdbcClient jdbc;

    /** Intake reads the filing tenant on every request, and so do its e-mails. */
    private final SharedCache<UUID, TenantRecord> recentlyRead;

    Tenants(JdbcClient jdbc, Caches caches) {
        this.jdbc = jdbc;
        this.recentlyRead = caches.shared("tenancy.tenants", 50_000);
    }

    public Optional<TenantRecord> find(UUID id) {
        return Optional.ofNullable(recentlyRead.get(id, this::read));
    }

    private TenantRecord read(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tenant where id = :id")
                .param("id", id)
                .query(this::map)
                .optional()
                .orElse(null);
    }

    public List<TenantSummary> search(String organisationId, String query, int offset, int limit) {
        return jdbc.sql("""
                select t.id, t.organisation_id, t.name, t.domain, t.country, t.contract, p.name as partner_name
                """ + MATCHING + """
                order by t.name, t.id
                offset :offset rows fetch next :limit rows only
                """)
                .param("organisation", organisationId)
                .param("pattern", pattern(query))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new TenantSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("organisation_id"),
                        rs.getString("name"),
                        rs.getString("domain"),
                        rs.getString("country"),
                        Contract.valueOf(rs.getString("contract")),
                        rs.getString("partner_name")))
                .list();
    }

    public long count(String organisationId, String query) {
        return jdbc.sql("select count(*) " + MATCHING)
                .param("organisation", organisationId)
                .param("pattern", pattern(query))
                .query(Long.class)
                .single();
    }

    public boolean domainTaken(String domain) {
        return jdbc.sql("select count(*) from tenant where domain = :domain")
                        .param("domain", domain)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Tenants that registered the number; a number may be shared, for example by a parent company. */
    public List<UUID> findByRegisteredPhone(String e164) {
        return jdbc.sql("select distinct tenant_id from tenant_phone where e164 = :e164 order by tenant_id")
                .param("e164", e164)
                .query(UUID.class)
                .list();
    }

    public void insert(TenantRecord tenant, Instant createdAt) {
        jdbc.sql("""
                insert into tenant (id, organisation_id, name, domain, country, time_zone, language, contract,
                                    partner_id, created_at, version)
                values (:id, :organisation, :name, :domain, :country, :zone, :language, :contract,
                        :partner, :createdAt, 0)
                """)
                .params(parameters(tenant))
                .param("organisation", tenant.organisationId())
                .param("domain", tenant.domain())
                .param("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                .update();
    }

    /** Writes the profile if nobody changed it since {@code tenant.version()} was read; false otherwise. */
    public boolean update(TenantRecord tenant) {
        recentlyRead.evict(tenant.id());
        return jdbc.sql("""
                update tenant
                   set name = :name, country = :country, time_zone = :zone, language = :language,
                       contract = :contract, partner_id = :partner, version = version + 1
                 where id = :id and version = :version
                """)
                        .params(parameters(tenant))
                        .param("version", tenant.version())
                        .update()
                == 1;
    }

    /** Bumps the version after a change of the tenant's subscriptions, so cached profiles are read again. */
    public void touch(UUID tenantId) {
        recentlyRead.evict(tenantId);
        jdbc.sql("update tenant set version = version + 1 where id = :id")
                .param("id", tenantId)
                .update();
    }

    private static Map<String, Object> parameters(TenantRecord tenant) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", tenant.id());
        parameters.put("name", tenant.name());
        parameters.put("country", tenant.country());
        parameters.put("zone", tenant.timeZone());
        parameters.put("language", tenant.language());
        parameters.put("contract", tenant.contract().name());
        parameters.put("partner", tenant.partnerId());
        return parameters;
    }

    private static String pattern(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        var escaped = query.strip()
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    private TenantRecord map(ResultSet rs, int row) throws SQLException {
        return new TenantRecord(
                rs.getObject("id", UUID.class),
                rs.getString("organisation_id"),
                rs.getString("name"),
                rs.getString("domain"),
                rs.getString("country"),
                rs.getString("time_zone"),
                rs.getString("language"),
                Contract.valueOf(rs.getString("contract")),
                rs.getObject("partner_id", UUID.class),
                rs.getLong("version"));
    }
}
