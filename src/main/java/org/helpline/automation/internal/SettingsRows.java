package org.helpline.automation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.helpline.automation.AutomationSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** automation_settings: one row per organisation whose admins set the automation; updates check and bump version. */
@Repository
class SettingsRows {

    private final JdbcClient jdbc;

    SettingsRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AutomationSettings> find(String organisationId) {
        return jdbc.sql("""
                select close_resolved_after_days, remind_after_days, auto_assign, version
                from automation_settings where organisation_id = :organisation
                """)
                .param("organisation", organisationId)
                .query((rs, row) -> new AutomationSettings(
                        (Integer) rs.getObject("close_resolved_after_days"),
                        (Integer) rs.getObject("remind_after_days"),
                        rs.getBoolean("auto_assign"),
                        rs.getLong("version")))
                .optional();
    }

    void insert(String organisationId, AutomationSettings settings, Instant now) {
        jdbc.sql("""
                insert into automation_settings (organisation_id, close_resolved_after_days, remind_after_days,
                    auto_assign, auto_assign_since, updated_at, version)
                values (:organisation, :close, :remind, :assign, :since, :now, 1)
                """)
                .param("organisation", organisationId)
                .param("close", settings.closeResolvedAfterDays())
                .param("remind", settings.remindAfterDays())
                .param("assign", settings.autoAssign())
                .param("since", settings.autoAssign() ? Timestamp.from(now) : null)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Since when the organisation's admins have had automatic assignment on; empty while it is off. */
    Optional<Instant> autoAssignSince(String organisationId) {
        return jdbc.sql("""
                select auto_assign_since from automation_settings
                where organisation_id = :organisation and auto_assign = true
                """)
                .param("organisation", organisationId)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp("auto_assign_since"))
                        .map(Timestamp::toInstant))
                .optional()
                .flatMap(since -> since);
    }

    boolean update(String organisationId, AutomationSettings settings, long version, Instant now) {
        return jdbc.sql("""
                        update automation_settings set close_resolved_after_days = :close,
                            remind_after_days = :remind, auto_assign = :assign,
                            auto_assign_since = case when :assign = true then coalesce(auto_assign_since, :now) end,
                            updated_at = :now, version = version + 1
                        where organisation_id = :organisation and version = :version
                        """)
                        .param("close", settings.closeResolvedAfterDays())
                        .param("remind", settings.remindAfterDays())
                        .param("assign", settings.autoAssign())
                        .param("now", Timestamp.from(now))
                        .param("organisation", organisationId)
                        .param("version", version)
                        .update()
                == 1;
    }
}
