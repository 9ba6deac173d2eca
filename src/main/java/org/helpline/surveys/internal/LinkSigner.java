package org.helpline.surveys.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.helpline.surveys.SurveyProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs survey links: a token is {@code <survey id>.<HMAC-SHA256 of the id, Base64url>}. The key
 * is {@code helpline.surveys.link-key}; when it is not set, the first node generates a random key
 * at start and keeps it in {@code survey_secret} for all nodes. Comparison is constant-time.
 */
@Component
public class LinkSigner implements SmartInitializingSingleton {

    private static final String KEY_NAME = "link-key";
    private static final int MIN_KEY_BYTES = 32;

    private final JdbcClient jdbc;
    private final SurveyProperties properties;
    private volatile byte[] key;

    LinkSigner(JdbcClient jdbc, SurveyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        key();
    }

    public String token(UUID surveyId) {
        return surveyId + "." + signature(surveyId);
    }

    private String signature(UUID surveyId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(surveyId));
    }

    /** The survey id of a genuine token, compared in its one canonical spelling; empty for any other. */
    public Optional<UUID> verify(String token) {
        var dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0 || token.length() > 200) {
            return Optional.empty();
        }
        try {
            var id = UUID.fromString(token.substring(0, dot));
            if (!id.toString().equals(token.substring(0, dot))) {
                return Optional.empty();
            }
            var given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
            var expected = signature(id).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(UUID surveyId) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(("survey:" + surveyId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key() {
        var current = key;
        if (current == null) {
            current = Base64.getDecoder().decode(configuredOrStoredKey());
            if (current.length < MIN_KEY_BYTES) {
                throw new IllegalStateException("helpline.surveys.link-key must be at least 32 bytes in Base64");
            }
            key = current;
        }
        return current;
    }

    private String configuredOrStoredKey() {
        if (!properties.linkKey().isBlank()) {
            return properties.linkKey().strip();
        }
        var stored = stored();
        if (stored != null) {
            return stored;
        }
        var fresh = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        var encoded = Base64.getEncoder().encodeToString(fresh);
        try {
            jdbc.sql("insert into survey_secret (name, secret) values (:name, :value)")
                    .param("name", KEY_NAME)
                    .param("value", encoded)
                    .update();
            return encoded;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return stored();
        }
    }

    private String stored() {
        return jdbc.sql("select secret from survey_secret where name = :name")
                .param("name", KEY_NAME)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
