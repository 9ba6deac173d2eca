package org.helpline.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.helpline.platform.KeyRing;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes that a copy of the database alone cannot be used to guess passwords with: bcrypt
 * over an HMAC-SHA256 of the password (a "pepper") whose key is derived from {@code
 * helpline.identity.secret-key}, which lives in configuration, not in the database. That lets
 * bcrypt's cost be low enough for sign-in to stay fast on small machines (docs/benchmarks.md).
 * A hash is stored as {@code <key id>$<bcrypt hash>}: after a key rotation the previous key still
 * checks the hashes it made, and {@link #upgradeEncoding} has them made again with the current key
 * (and the current cost) at their owner's next sign-in.
 */
final class PepperedBcrypt implements PasswordEncoder {

    private static final byte[] PURPOSE = "helpline password pepper v1".getBytes(StandardCharsets.US_ASCII);

    private final KeyRing keys;
    private final BCryptPasswordEncoder bcrypt;
    private final Map<String, SecretKeySpec> pepperKeys = new ConcurrentHashMap<>();

    PepperedBcrypt(KeyRing keys, int cost) {
        this.keys = keys;
        this.bcrypt = new BCryptPasswordEncoder(cost);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        var key = keys.current();
        return key.id() + "$" + bcrypt.encode(peppered(key, rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String stored) {
        int dollar = stored == null ? -1 : stored.indexOf('$');
        if (rawPassword == null || dollar <= 0) {
            return false;
        }
        return keys.find(stored.substring(0, dollar))
                .map(key -> bcrypt.matches(peppered(key, rawPassword), stored.substring(dollar + 1)))
                .orElse(false);
    }

    @Override
    public boolean upgradeEncoding(String stored) {
        int dollar = stored == null ? -1 : stored.indexOf('$');
        if (dollar <= 0) {
            return false;
        }
        return !stored.substring(0, dollar).equals(keys.current().id())
                || bcrypt.upgradeEncoding(stored.substring(dollar + 1));
    }

    private String peppered(KeyRing.Key key, CharSequence rawPassword) {
        var pepperKey = pepperKeys.computeIfAbsent(key.id(), id -> derive(key));
        return Base64.getEncoder()
                .encodeToString(hmac(pepperKey, rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A key of its own for passwords, so the secret key's other use never meets this one. */
    private static SecretKeySpec derive(KeyRing.Key key) {
        return new SecretKeySpec(hmac(key.secret("HmacSHA256"), PURPOSE), "HmacSHA256");
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
