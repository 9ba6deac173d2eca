package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.ApiClient;
import org.helpline.HelplineApplication;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An open browser session keeps no right its user lost: disabling, taking a role away or changing
 * the password ends the sessions in the shared store, so on every node at once.
 */
@HelplineIntegrationTest
class SessionRevocationIntegrationTests {

    private static final String PASSWORD = "first-password-1";
    private static final Pattern ROW =
            Pattern.compile("<div class=\"card\" data-handle=\"([0-9a-f]+)\">(.*?)</div>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Test
    void disablingAUserEndsTheirSessionsOnEveryNode() {
        var user = newTenantAdmin(List.of("GLOBAL_ADMIN"));
        var here = FormSession.on(port).signIn(login(user), PASSWORD);
        assertThat(here.reads("/requests")).isTrue();
        assertThat(file(here, "Before " + UUID.randomUUID()).statusCode()).isEqualTo(302);

        try (var secondNode = new SpringApplicationBuilder(HelplineApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--helpline.demo-data=true")) {
            int otherPort = secondNode.getEnvironment().getProperty("local.server.port", Integer.class);
            var there = FormSession.on(otherPort).signIn(login(user), PASSWORD);
            assertThat(there.reads("/requests")).isTrue();

            changeRoles(user, List.of("GLOBAL_ADMIN"), false);

            assertThat(here.reads("/requests")).isFalse();
            assertThat(there.reads("/requests")).isFalse();
        }
        var title = "After " + UUID.randomUUID();
        assertThat(file(here, title).statusCode()).isNotEqualTo(200);
        assertThat(requestsTitled(title)).isZero();
        assertThat(sessionsOf(login(user))).isZero();
    }

    @Test
    void takingARoleAwayEndsTheSessionsThatHadIt() {
        var user = newTenantAdmin(List.of("GLOBAL_ADMIN", "USER"));
        var browser = FormSession.on(port).signIn(login(user), PASSWORD);
        assertThat(browser.reads("/requests")).isTrue();

        changeRoles(user, List.of("USER"), true);

        assertThat(browser.reads("/requests")).isFalse();
        var title = "Demoted " + UUID.randomUUID();
        assertThat(file(browser, title).statusCode()).isNotEqualTo(200);
        assertThat(requestsTitled(title)).isZero();
        var again = FormSession.on(port).signIn(login(user), PASSWORD);
        assertThat(again.get("/requests").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/support"));
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() {
        var user = newTenantAdmin(List.of("GLOBAL_ADMIN"));
        var laptop = FormSession.on(port).signIn(login(user), PASSWORD);
        var phone = FormSession.on(port).signIn(login(user), PASSWORD);

        var wrong = laptop.post(
                "/account",
                "/account/password",
                Map.of(
                        "currentPassword",
                        "not-it",
                        "newPassword",
                        "second-password-2",
                        "repeatPassword",
                        "second-password-2"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("This is not your current password.");
        assertThat(phone.reads("/requests")).isTrue();

        var changed = laptop.post(
                "/account",
                "/account/password",
                Map.of(
                        "currentPassword",
                        PASSWORD,
                        "newPassword",
                        "second-password-2",
                        "repeatPassword",
                        "second-password-2"));
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(laptop.reads("/requests")).isTrue();
        assertThat(laptop.get("/account").body()).contains("Your password was changed");
        assertThat(phone.reads("/requests")).isFalse();
        assertThat(FormSession.on(port)
                        .tryToSignIn(login(user), PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("error"));
        FormSession.on(port).signIn(login(user), "second-password-2");
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeSigningIn() {
        var user = newTenantAdmin(List.of("GLOBAL_ADMIN"));
        var borrowed = FormSession.on(port).signIn(login(user), PASSWORD);
        var hash = passwordHashOf(login(user));
        for (int guess = 0; guess < 5; guess++) {
            borrowed.post(
                    "/account",
                    "/account/password",
                    Map.of(
                            "currentPassword",
                            "guess-" + guess,
                            "newPassword",
                            "taken-over-1",
                            "repeatPassword",
                            "taken-over-1"));
        }

        var refused = borrowed.post(
                "/account",
                "/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "taken-over-1", "repeatPassword", "taken-over-1"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Too many failed attempts to sign in.");
        assertThat(passwordHashOf(login(user))).isEqualTo(hash);
    }

    @Test
    void aUserSeesTheirSessionsAndSignsOutAnotherOrEverywhere() {
        var user = newTenantAdmin(List.of("GLOBAL_ADMIN"));
        var laptop = FormSession.on(port).signIn(login(user), PASSWORD);
        var phone = FormSession.on(port, "curl/8.5.0").signIn(login(user), PASSWORD);

        var page = laptop.get("/account").body();
        var rows = rows(page);
        assertThat(rows).hasSize(2);
        var current =
                rows.stream().filter(row -> row[1].contains("This session")).toList();
        assertThat(current).hasSize(1);
        assertThat(current.get(0)[1]).contains("Firefox · Linux", "127.0.0.1");
        var other = rows.stream()
                .filter(row -> !row[1].contains("This session"))
                .findFirst()
                .orElseThrow();
        assertThat(other[1]).contains("curl");
        assertThat(page).doesNotContain(sessionIdsOf(login(user)).toArray(String[]::new));

        assertThat(laptop.post("/account", "/account/sessions/" + other[0] + "/end", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(phone.reads("/requests")).isFalse();
        assertThat(laptop.reads("/requests")).isTrue();

        var again = FormSession.on(port).signIn(login(user), PASSWORD);
        var signedOut = laptop.post("/account", "/account/sessions/end-all", Map.of());
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?signedOut"));
        assertThat(laptop.reads("/requests")).isFalse();
        assertThat(again.reads("/requests")).isFalse();
        assertThat(sessionsOf(login(user))).isZero();
    }

    @Test
    void aStrangerCannotEndSomeoneElsesSession() {
        var owner = newTenantAdmin(List.of("GLOBAL_ADMIN"));
        var ownerBrowser = FormSession.on(port).signIn(login(owner), PASSWORD);
        var handle = rows(ownerBrowser.get("/account").body()).get(0)[0];

        var stranger = FormSession.on(port).signIn(login(newTenantAdmin(List.of("GLOBAL_ADMIN"))), PASSWORD);
        assertThat(stranger.post("/account", "/account/sessions/" + handle + "/end", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(ownerBrowser.reads("/requests")).isTrue();
    }

    private JsonNode newTenantAdmin(List<String> roles) {
        var fabrikam = ApiClient.as(port, "admin@fabrikam.example")
                .get("/api/v1/me")
                .json()
                .get("tenant")
                .get("id")
                .asString();
        var created = ApiClient.as(port, "orgadmin@helpline.example")
                .post(
                        "/api/v1/users",
                        ApiClient.json(Map.of(
                                "login",
                                "session-" + UUID.randomUUID() + "@fabrikam.example",
                                "name",
                                "Session Test",
                                "password",
                                PASSWORD,
                                "tenantId",
                                fabrikam,
                                "roles",
                                roles)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private void changeRoles(JsonNode user, List<String> roles, boolean enabled) {
        var changed = ApiClient.as(port, "orgadmin@helpline.example")
                .put(
                        "/api/v1/users/" + user.get("id").asString() + "/roles",
                        ApiClient.json(Map.of(
                                "roles",
                                roles,
                                "enabled",
                                enabled,
                                "version",
                                user.get("version").asLong())));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private static java.net.http.HttpResponse<String> file(FormSession browser, String title) {
        return browser.post(
                "/account",
                "/requests",
                Map.ofEntries(
                        Map.entry("routeTo", "PROVIDER"),
                        Map.entry("category", "TECHNICAL"),
                        Map.entry("serviceId", "mail"),
                        Map.entry("problemClassification", "mail-flow"),
                        Map.entry("title", title),
                        Map.entry("description", "Mail is delayed."),
                        Map.entry("severity", "C"),
                        Map.entry("phone", "+1 212 555 0100"),
                        Map.entry("email", "admin@fabrikam.example"),
                        Map.entry("preferredMethod", "EMAIL"),
                        Map.entry("language", "en")));
    }

    private static List<String[]> rows(String page) {
        var rows = new ArrayList<String[]>();
        var matcher = ROW.matcher(page);
        while (matcher.find()) {
            rows.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return rows;
    }

    private static String login(JsonNode user) {
        return user.get("login").asString();
    }

    private long requestsTitled(String title) {
        return jdbc.sql("select count(*) from service_request where title = :title")
                .param("title", title)
                .query(Long.class)
                .single();
    }

    private String passwordHashOf(String login) {
        return jdbc.sql("select password_hash from app_user where login = :login")
                .param("login", login)
                .query(String.class)
                .single();
    }

    private long sessionsOf(String login) {
        return sessionIdsOf(login).size();
    }

    private List<String> sessionIdsOf(String login) {
        return jdbc.sql("select session_id from spring_session where principal_name = :login")
                .param("login", login)
                .query(String.class)
                .list();
    }
}
