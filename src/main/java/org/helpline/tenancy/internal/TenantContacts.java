package org.helpline.tenancy.internal;

import java.util.List;
import java.util.UUID;
import org.helpline.tenancy.RegisteredEmail;
import org.helpline.tenancy.RegisteredPhone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores a tenant's registered phones and e-mails. Replacing the lists keeps the rows (ids and
 * labels) of entries that stay, so that only real additions and removals touch the table.
 */
@Repository
class TenantContacts {

    private final JdbcClient jdbc;

    TenantContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegisteredPhone> phones(UUID tenantId) {
        return jdbc.sql("select id, e164, label from tenant_phone where tenant_id = :tenant order by e164, id")
                .param("tenant", tenantId)
                .query((rs, row) -> new RegisteredPhone(
                        rs.getObject("id", UUID.class), rs.getString("e164"), rs.getString("label")))
                .list();
    }

    public List<RegisteredEmail> emails(UUID tenantId) {
        return jdbc.sql("select id, email, label from tenant_email where tenant_id = :tenant order by email, id")
                .param("tenant", tenantId)
                .query((rs, row) -> new RegisteredEmail(
                        rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("label")))
                .list();
    }

    public void replacePhones(UUID tenantId, List<String> e164s) {
        var current = phones(tenantId).stream().map(RegisteredPhone::e164).toList();
        current.stream()
                .filter(number -> !e164s.contains(number))
                .forEach(number -> jdbc.sql("delete from tenant_phone where tenant_id = :tenant and e164 = :value")
                        .param("tenant", tenantId)
                        .param("value", number)
                        .update());
        e164s.stream()
                .filter(number -> !current.contains(number))
                .forEach(number -> jdbc.sql(
                                "insert into tenant_phone (tenant_id, id, e164, label) values (:tenant, :id, :value, null)")
                        .param("tenant", tenantId)
                        .param("id", UUID.randomUUID())
                        .param("value", number)
                        .update());
    }

    public void replaceEmails(UUID tenantId, List<String> emails) {
        var current = emails(tenantId).stream().map(RegisteredEmail::email).toList();
        current.stream()
                .filter(email -> !emails.contains(email))
                .forEach(email -> jdbc.sql("delete from tenant_email where tenant_id = :tenant and email = :value")
                        .param("tenant", tenantId)
                        .param("value", email)
                        .update());
        emails.stream()
                .filter(email -> !current.contains(email))
                .forEach(email -> jdbc.sql(
                                "insert into tenant_email (tenant_id, id, email, label) values (:tenant, :id, :value, null)")
                        .param("tenant", tenantId)
                        .param("id", UUID.randomUUID())
                        .param("value", email)
                        .update());
    }
}
