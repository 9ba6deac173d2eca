package org.helpline.sla.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.helpline.shared.ReferenceCache;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the SLA policy of each (organisation, category, severity). */
@Repository
class Policies {

    private static final String COLUMNS = """
            organisation_id, category, severity, target_amount, target_unit, calendar_id, update_cadence_minutes,
            wait_amount, wait_unit, downgrade_to, version""";

    private final JdbcClient jdbc;

    /**
     * Each organisation's policies with their calendars' versions: every intake checks the severities
     * the policies allow, then starts the clock of one of them.
     */
    private final ReferenceCache<String, List<Found>> recentlyRead = new ReferenceCache<>(10_000);

    Policies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SlaPolicy> findAll(String organisationId) {
        return jdbc.sql("select " + COLUMNS
                        + " from sla_policy where organisation_id = :org order by category, severity")
                .param("org", organisationId)
                .query(Policies::map)
                .list();
    }

    public Optional<SlaPolicy> find(String organisationId, RequestCategory category, Severity severity) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from sla_policy where organisation_id = :org and category = :category and severity = :severity")
                .param("org", organisationId)
                .param("category", category.name())
                .param("severity", severity.name())
                .query(Policies::map)
                .optional();
    }

    /** A policy with the version of its calendar, so a cached calendar can be checked without reading it. */
    public record Found(SlaPolicy policy, long calendarVersion) {}

    private static final String WITH_CALENDAR_VERSION = """
            select p.organisation_id, p.category, p.severity, p.target_amount, p.target_unit, p.calendar_id,
                   p.update_cadence_minutes, p.wait_amount, p.wait_unit, p.downgrade_to, p.version,
                   c.version as calendar_version
            from sla_policy p
            join sla_calendar c on c.organisation_id = p.organisation_id and c.id = p.calendar_id""";

    /** The organisation's policies with their calendars' versions. */
    public List<Found> findAllWithCalendarVersions(String organisationId) {
        return recentlyRead.get(
                organisationId,
                organisation -> List.copyOf(jdbc.sql(WITH_CALENDAR_VERSION
                                + " where p.organisation_id = :org order by p.category, p.severity")
                        .param("org", organisation)
                        .query(Policies::found)
                        .list()));
    }

    public Optional<Found> findWithCalendarVersion(String organisationId, RequestCategory category, Severity severity) {
        return findAllWithCalendarVersions(organisationId).stream()
                .filter(found ->
                        found.policy().category() == category && found.policy().severity() == severity)
                .findFirst();
    }

    /** Policies are read again after a change of one of the organisation's calendars (their versions changed). */
    public void calendarChanged(String organisationId) {
        recentlyRead.evict(organisationId);
    }

    public void insert(SlaPolicy policy) {
        recentlyRead.evict(policy.organisationId());
        params(jdbc.sql("insert into sla_policy (" + COLUMNS + """
                ) values (:org, :category, :severity, :targetAmount, :targetUnit, :calendar, :cadence,
                          :waitAmount, :waitUnit, :downgradeTo, 0)
                """), policy).update();
    }

    /** Replaces the policy if its version is still {@code policy.version()}. */
    public boolean update(SlaPolicy policy) {
        recentlyRead.evict(policy.organisationId());
        return params(jdbc.sql("""
                update sla_policy set target_amount = :targetAmount, target_unit = :targetUnit, calendar_id = :calendar,
                       update_cadence_minutes = :cadence, wait_amount = :waitAmount, wait_unit = :waitUnit,
                       downgrade_to = :downgradeTo, version = version + 1
                where organisation_id = :org and category = :category and severity = :severity and version = :version
                """), policy).param("version", policy.version()).update() == 1;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, SlaPolicy policy) {
        var wait = policy.customerWait();
        return spec.param("org", policy.organisationId())
                .param("category", policy.category().name())
                .param("severity", policy.severity().name())
                .param("targetAmount", policy.firstResponse().amount())
                .param("targetUnit", policy.firstResponse().unit().name())
                .param("calendar", policy.calendarId())
                .param("cadence", policy.updateCadenceMinutes())
                .param("waitAmount", wait == null ? null : wait.amount())
                .param("waitUnit", wait == null ? null : wait.unit().name())
                .param(
                        "downgradeTo",
                        policy.downgradeTo() == null
                                ? null
                                : policy.downgradeTo().name());
    }

    private static Found found(ResultSet rs, int row) throws SQLException {
        return new Found(map(rs, row), rs.getLong("calendar_version"));
    }

    private static SlaPolicy map(ResultSet rs, int row) throws SQLException {
        var waitUnit = rs.getString("wait_unit");
        var wait = waitUnit == null ? null : new SlaTarget(rs.getInt("wait_amount"), TargetUnit.valueOf(waitUnit));
        var cadence = rs.getObject("update_cadence_minutes", Integer.class);
        var downgrade = rs.getString("downgrade_to");
        return new SlaPolicy(
                rs.getString("organisation_id"),
                RequestCategory.valueOf(rs.getString("category")),
                Severity.valueOf(rs.getString("severity")),
                new SlaTarget(rs.getInt("target_amount"), TargetUnit.valueOf(rs.getString("target_unit"))),
                rs.getString("calendar_id"),
                cadence,
                wait,
                downgrade == null ? null : Severity.valueOf(downgrade),
                rs.getLong("version"));
    }
}
