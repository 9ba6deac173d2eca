package org.helpline;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tenant row a module test's own rows refer to, written by hand because the tenancy module is
 * replaced by a mock there: "Probe", a Polish tenant on the standard contract of organisation
 * {@code global}.
 */
public final class ModuleTestTenants {

    private ModuleTestTenants() {}

    /** Inserts a new Probe tenant created now and returns its id. */
    public static UUID insertProbe(JdbcClient jdbc, Clock clock) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into tenant (id, organisation_id, name, domain, country, time_zone, language, contract, created_at)
                        values (:id, 'global', 'Probe', :domain, 'PL', 'Europe/Warsaw', 'pl', 'STANDARD', :now)
                        """)
                .param("id", id)
                .param("domain", id + ".example")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }
}
