package org.helpline.phone.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.helpline.phone.PhoneProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes verification codes and their keyed hashes. A code is 8 digits drawn from a
 * {@link SecureRandom}; what is stored is HMAC-SHA256(key, challenge id + ":" + code), so a hash
 * is useless for another challenge and cannot be tried offline without the key. The key is
 * {@code helpline.phone.code-key}; when it is not set, the first node generates a random key at
 * start (outside any business transaction) and stores it in {@code phone_secret} for all nodes.
 * Comparison is constant-time ({@link MessageDigest#isEqual}).
 */
@Component
public class CodeHasher implements SmartInitializingSingleton {

    static final int DIGITS = 8;
    private static final int BOUND = 100_000_000;
    private static final String KEY_NAME = "code-key";
    private static final int MIN_KEY_BYTES = 32;

    private final JdbcClient jdbc;
    private final PhoneProperties properties;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    CodeHasher(JdbcClient jdbc, PhoneProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        key();
    }

    public String newCode() {
        return String.format(Locale.ROOT, "%0" + DIGITS + "d", random.nextInt(BOUND));
    }

    public String hash(UUID challengeId, String code) {
        return HexFormat.of().formatHex(mac(challengeId, code));
    }

    public boolean matches(UUID challengeId, String code, String storedHash) {
        byte[] stored;
        try {
            stored = HexFormat.of().parseHex(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(challengeId, code), stored);
    }

    private byte[] mac(UUID challengeId, String code) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal((challengeId + ":" + code).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key() {
        var current = key;
        if (current == null) {
            current = Base64.getDecoder().decode(configuredOrStoredKey());
            if (current.length < MIN_KEY_BYTES) {
                throw new IllegalStateException("helpline.phone.code-key must be at least 32 bytes in Base64");
            }
            key = current;
        }
        return current;
    }

    private String configuredOrStoredKey() {
        if (!properties.codeKey().isBlank()) {
            return properties.codeKey().strip();
        }
        var stored = stored();
        if (stored != null) {
            return stored;
        }
        var fresh = new byte[MIN_KEY_BYTES];
        random.nextBytes(fresh);
        var encoded = Base64.getEncoder().encodeToString(fresh);
        try {
            jdbc.sql("insert into phone_secret (name, secret) values (:name, :value)")
                    .param("name", KEY_NAME)
                    .param("value", encoded)
                    .update();
            return encoded;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return stored();
        }
    }

    private String stored() {
        return jdbc.sql("select secret from phone_secret where name = :name")
                .param("name", KEY_NAME)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
