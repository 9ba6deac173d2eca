package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Password hashes of earlier versions (plain bcrypt) become peppered ones at their owner's next sign-in. */
@HelplineIntegrationTest
class PasswordHashUpgradeIntegrationTests {

    private static final String PASSWORD = "an old password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void aPlainBcryptHashIsPepperedAtTheNextSignInWithoutChangingTheAccount() {
        var login = "upgrade-" + UUID.randomUUID() + "@helpline.example";
        users.create("global", new NewUser(login, "Old Hash", PASSWORD, null, null, Set.of(Role.AGENT), "en"));
        assertThat(hashOf(login)).startsWith("{peppered-bcrypt}");
        jdbc.sql("update app_user set password_hash = :hash where login = :login")
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD))
                .param("login", login)
                .update();
        long version = versionOf(login);

        FormSession.on(port).signIn(login, PASSWORD);

        assertThat(hashOf(login)).startsWith("{peppered-bcrypt}");
        assertThat(versionOf(login)).as("the account itself did not change").isEqualTo(version);
        assertThat(FormSession.on(port)
                        .tryToSignIn(login, "a wrong password")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("error"));
        FormSession.on(port).signIn(login, PASSWORD);
    }

    private String hashOf(String login) {
        return jdbc.sql("select password_hash from app_user where login = :login")
                .param("login", login)
                .query(String.class)
                .single();
    }

    private long versionOf(String login) {
        return jdbc.sql("select version from app_user where login = :login")
                .param("login", login)
                .query(Long.class)
                .single();
    }
}
