package org.helpline.phone.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.helpline.phone.PhoneProperties;
import org.helpline.platform.StoredKeys;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes verification codes and their keyed hashes. A code is 8 digits drawn from a
 * {@link SecureRandom}; what is stored is HMAC-SHA256(key, challenge id + ":" + code), so a hash
 * is useless for another challenge and cannot be tried offline without the key. The key is
 * {@code helpline.phone.code-key}; when it is not set, the first node generates a random key at
 * start and stores it for all nodes ({@link StoredKeys}).
 * Comparison is constant-time ({@link MessageDigest#isEqual}).
 */
@Component
public class CodeHasher implements SmartInitializingSingleton {

    static final int DIGITS = 8;
    private static final int BOUND = 100_000_000;
    private static final String KEY_NAME = "phone.code-key";

    private final StoredKeys keys;
    private final PhoneProperties properties;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    CodeHasher(StoredKeys keys, PhoneProperties properties) {
        this.keys = keys;
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
            current = keys.key(KEY_NAME, properties.codeKey(), "helpline.phone.code-key");
            key = current;
        }
        return current;
    }
}
