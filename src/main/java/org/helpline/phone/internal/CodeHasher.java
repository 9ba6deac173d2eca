package org.helpline.phone.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import org.helpline.platform.KeyRing;
import org.helpline.platform.StoredKeys;
import org.springframework.stereotype.Component;

/**
 * Makes verification codes and their keyed hashes. A code is 8 digits drawn from a
 * {@link SecureRandom}; what is stored is {@code <key id>.<hex of HMAC-SHA256(key, challenge id
 * + ":" + code)>}, so a hash is useless for another challenge and cannot be tried offline without
 * the key. The key is {@code helpline.phone.code-key} ({@link StoredKeys}: generated and stored
 * only in the embedded default); after a rotation, the old key in
 * {@code helpline.phone.previous-code-keys} still checks the codes of challenges that were running
 * (for the 10 minutes a code lives). A hash without a key id, made before ids were stored, is
 * checked against every key. Comparison is constant-time ({@link MessageDigest#isEqual}).
 */
@Component
class CodeHasher {

    static final int DIGITS = 8;
    private static final int BOUND = 100_000_000;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    CodeHasher(StoredKeys keys, PhoneProperties properties) {
        this.keys = keys.ring(
                "phone.code-key",
                "helpline.phone.code-key",
                properties.codeKey(),
                properties.previousCodeKeys(),
                KeyRing.Length.AT_LEAST_32);
    }

    public String newCode() {
        return String.format(Locale.ROOT, "%0" + DIGITS + "d", random.nextInt(BOUND));
    }

    public String hash(UUID challengeId, String code) {
        var key = keys.current();
        return key.id() + "." + HexFormat.of().formatHex(mac(key, challengeId, code));
    }

    public boolean matches(UUID challengeId, String code, String storedHash) {
        var dot = storedHash.indexOf('.');
        List<KeyRing.Key> candidates = dot < 0
                ? keys.all()
                : keys.find(storedHash.substring(0, dot)).stream().toList();
        byte[] stored;
        try {
            stored = HexFormat.of().parseHex(storedHash.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        var matched = false;
        for (var key : candidates) {
            matched |= MessageDigest.isEqual(mac(key, challengeId, code), stored);
        }
        return matched;
    }

    private static byte[] mac(KeyRing.Key key, UUID challengeId, String code) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key.secret("HmacSHA256"));
            return mac.doFinal((challengeId + ":" + code).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
