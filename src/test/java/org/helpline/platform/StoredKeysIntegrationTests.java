package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HelplineIntegrationTest
class StoredKeysIntegrationTests {

    @Autowired
    StoredKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnconfiguredKeyIsGeneratedOnceAndStoredForEveryNode() {
        var name = "test." + UUID.randomUUID();

        var first = keys.key(name, "", "helpline.test.key");

        assertThat(first).hasSize(StoredKeys.KEY_BYTES);
        assertThat(keys.key(name, null, "helpline.test.key")).isEqualTo(first);
        var stored = jdbc.sql("select secret from app_secret where name = :name")
                .param("name", name)
                .query(String.class)
                .single();
        assertThat(Base64.getDecoder().decode(stored)).isEqualTo(first);
    }

    @Test
    void aConfiguredKeyWinsAndIsNotStored() {
        var name = "test." + UUID.randomUUID();
        var configured = new byte[40];
        configured[0] = 7;

        assertThat(keys.key(name, Base64.getEncoder().encodeToString(configured), "helpline.test.key"))
                .isEqualTo(configured);
        assertThat(jdbc.sql("select count(*) from app_secret where name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aConfiguredKeyTooShortIsRefusedNamingItsProperty() {
        var tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> keys.key("test." + UUID.randomUUID(), tooShort, "helpline.test.key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("helpline.test.key");
    }
}
