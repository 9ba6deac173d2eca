package org.helpline.surveys.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.helpline.platform.StoredKeys;
import org.helpline.surveys.SurveyProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Signs survey links: a token is {@code <survey id>.<HMAC-SHA256 of the id, Base64url>}. The key
 * is {@code helpline.surveys.link-key}; when it is not set, the first node generates a random key
 * at start and keeps it for all nodes ({@link StoredKeys}). Comparison is constant-time.
 */
@Component
public class LinkSigner implements SmartInitializingSingleton {

    private static final String KEY_NAME = "surveys.link-key";

    private final StoredKeys keys;
    private final SurveyProperties properties;
    private volatile byte[] key;

    LinkSigner(StoredKeys keys, SurveyProperties properties) {
        this.keys = keys;
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
            current = keys.key(KEY_NAME, properties.linkKey(), "helpline.surveys.link-key");
            key = current;
        }
        return current;
    }
}
