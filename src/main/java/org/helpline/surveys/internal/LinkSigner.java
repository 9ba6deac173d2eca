package org.helpline.surveys.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import org.helpline.platform.KeyRing;
import org.helpline.platform.StoredKeys;
import org.springframework.stereotype.Component;

/**
 * Signs survey links: a token is {@code <survey id>.<key id>.<HMAC-SHA256 of the id, Base64url>}.
 * The key is {@code helpline.surveys.link-key} ({@link StoredKeys}: generated and stored only in
 * the embedded default); after a rotation, the old key in
 * {@code helpline.surveys.previous-link-keys} still verifies the links it signed until they
 * expire. A token without a key id ({@code <survey id>.<signature>}, sent before ids were added)
 * is checked against every key. Comparison is constant-time.
 */
@Component
public class LinkSigner {

    private static final int MAX_TOKEN = 200;

    private final KeyRing keys;

    LinkSigner(StoredKeys keys, SurveyProperties properties) {
        this.keys = keys.ring(
                "surveys.link-key",
                "helpline.surveys.link-key",
                properties.linkKey(),
                properties.previousLinkKeys(),
                KeyRing.Length.AT_LEAST_32);
    }

    public String token(UUID surveyId) {
        var key = keys.current();
        return surveyId + "." + key.id() + "." + signature(key, surveyId);
    }

    /** The survey id of a genuine token, compared in its one canonical spelling; empty for any other. */
    public Optional<UUID> verify(String token) {
        var dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0 || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        try {
            var id = UUID.fromString(token.substring(0, dot));
            if (!id.toString().equals(token.substring(0, dot))) {
                return Optional.empty();
            }
            var rest = token.substring(dot + 1);
            var keyDot = rest.indexOf('.');
            List<KeyRing.Key> candidates = keyDot < 0
                    ? keys.all()
                    : keys.find(rest.substring(0, keyDot)).stream().toList();
            var given = rest.substring(keyDot + 1).getBytes(StandardCharsets.US_ASCII);
            var genuine = false;
            for (var key : candidates) {
                genuine |= MessageDigest.isEqual(signature(key, id).getBytes(StandardCharsets.US_ASCII), given);
            }
            return genuine ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String signature(KeyRing.Key key, UUID surveyId) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key.secret("HmacSHA256"));
            var signed = mac.doFinal(("survey:" + surveyId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
