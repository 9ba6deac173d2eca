package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default: a key that is not configured is generated once and stored for every node. */
@HelplineIntegrationTest
class StoredKeysIntegrationTests {

    @Autowired
    StoredKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnconfiguredKeyIsGeneratedOnceAndStoredForEveryNode() {
        var name = "test." + UUID.randomUUID();

        var first = bytes(keys.ring(name, "helpline.test.key", "", List.of(), KeyRing.Length.AT_LEAST_32));

        assertThat(first).hasSize(StoredKeys.KEY_BYTES);
        assertThat(bytes(keys.ring(name, "helpline.test.key", null, null, KeyRing.Length.AT_LEAST_32)))
                .isEqualTo(first);
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

        var ring = keys.ring(
                name,
                "helpline.test.key",
                Base64.getEncoder().encodeToString(configured),
                List.of(),
                KeyRing.Length.AT_LEAST_32);

        assertThat(bytes(ring)).isEqualTo(configured);
        assertThat(jdbc.sql("select count(*) from app_secret where name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aConfiguredKeyTooShortIsRefusedNamingItsProperty() {
        var tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        var ring = keys.ring(
                "test." + UUID.randomUUID(), "helpline.test.key", tooShort, List.of(), KeyRing.Length.AT_LEAST_32);

        assertThatThrownBy(ring::current)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("helpline.test.key");
    }

    private static byte[] bytes(KeyRing ring) {
        return ring.current().secret("HmacSHA256").getEncoded();
    }
}
