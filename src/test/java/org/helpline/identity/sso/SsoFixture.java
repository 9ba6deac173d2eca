package org.helpline.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Northwind's provider settings and what the database says after a sign-in. */
final class SsoFixture {

    private SsoFixture() {}

    static UUID tenantId(JdbcClient jdbc, String domain) {
        return jdbc.sql("select id from tenant where domain = :domain")
                .param("domain", domain)
                .query(UUID.class)
                .single();
    }

    /** Northwind's settings as its organisation's admin saves them (any version). */
    static void configureNorthwind(int port, UUID northwind, TestOpenIdProvider provider, boolean required) {
        var saved = ApiClient.as(port, "orgadmin@operator.example")
                .put(
                        "/api/v1/tenants/" + northwind + "/sso",
                        body(provider.issuer(), "sso.northwind.example", required, TestOpenIdProvider.SECRET));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    static String body(String issuer, String domain, boolean required, String secret) {
        return body(issuer, domain, required, secret, null);
    }

    static String body(String issuer, String domain, boolean required, String secret, Long version) {
        var body = new LinkedHashMap<String, Object>();
        body.put("issuer", issuer);
        body.put("clientId", TestOpenIdProvider.CLIENT_ID);
        if (secret != null) {
            body.put("clientSecret", secret);
        }
        body.put("rolesClaim", "groups");
        body.put("roleMapping", Map.of("it-admins", "GLOBAL_ADMIN", "finance", "BILLING_ADMIN", "staff", "USER"));
        body.put("domains", List.of(domain));
        body.put("required", required);
        if (version != null) {
            body.put("version", version);
        }
        return ApiClient.json(body);
    }

    static List<String> roles(JdbcClient jdbc, String login) {
        return jdbc.sql("""
                        select r.role from user_role r join app_user u on u.id = r.user_id
                        where u.login = :login order by r.role""").param("login", login).query(String.class).list();
    }

    static long audited(JdbcClient jdbc, String action, String subjectLogin) {
        return jdbc.sql("select count(*) from audit_event where action = :action and target = :login")
                .param("action", action)
                .param("login", subjectLogin)
                .query(Long.class)
                .single();
    }

    static long auditedFor(JdbcClient jdbc, String action, UUID tenantId) {
        return jdbc.sql("select count(*) from audit_event where action = :action and tenant_id = :tenant")
                .param("action", action)
                .param("tenant", tenantId)
                .query(Long.class)
                .single();
    }

    static void assertRefused(ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }
}
