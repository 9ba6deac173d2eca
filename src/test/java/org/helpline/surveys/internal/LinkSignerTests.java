package org.helpline.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.helpline.platform.KeyProperties;
import org.helpline.platform.StoredKeys;
import org.junit.jupiter.api.Test;

/** Survey links name the key that signed them, so links signed before a rotation keep working. */
class LinkSignerTests {

    private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW_KEY =
            Base64.getEncoder().encodeToString("n".repeat(40).getBytes(StandardCharsets.US_ASCII));

    @Test
    void aTokenVerifiesOnlyItsOwnSurvey() {
        var signer = signer(OLD_KEY);
        var survey = UUID.randomUUID();
        var token = signer.token(survey);

        assertThat(token).matches(survey + "\\.[0-9a-f]{8}\\.[A-Za-z0-9_-]{43}");
        assertThat(signer.verify(token)).contains(survey);
        assertThat(signer.verify(
                        token.replace(survey.toString(), UUID.randomUUID().toString())))
                .isEmpty();
        assertThat(signer.verify(withLastCharacterChanged(token))).isEmpty();
        assertThat(signer.verify(survey.toString().toUpperCase() + token.substring(36)))
                .isEmpty();
        assertThat(signer.verify("nonsense")).isEmpty();
        assertThat(signer.verify(null)).isEmpty();
    }

    @Test
    void afterARotationOldLinksStillVerifyAndNewLinksAreSignedWithTheNewKey() {
        var survey = UUID.randomUUID();
        var sentBefore = signer(OLD_KEY).token(survey);

        var rotated = signer(NEW_KEY, OLD_KEY);

        assertThat(rotated.verify(sentBefore)).contains(survey);
        var sentAfter = rotated.token(survey);
        assertThat(sentAfter).isNotEqualTo(sentBefore);
        assertThat(signer(NEW_KEY).verify(sentAfter)).contains(survey);
        assertThat(signer(NEW_KEY).verify(sentBefore)).isEmpty();
        assertThat(signer(OLD_KEY).verify(sentAfter)).isEmpty();
    }

    @Test
    void aLinkSentBeforeKeyIdsVerifiesWithAnyConfiguredKey() throws Exception {
        var survey = UUID.randomUUID();
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(OLD_KEY), "HmacSHA256"));
        var legacy = survey + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac.doFinal(("survey:" + survey).getBytes(StandardCharsets.UTF_8)));

        assertThat(signer(NEW_KEY, OLD_KEY).verify(legacy)).contains(survey);
        assertThat(signer(NEW_KEY).verify(legacy)).isEmpty();
    }

    /** One in sixteen signatures ends in "A" already: replacing it with "A" would change nothing. */
    private static String withLastCharacterChanged(String token) {
        var last = token.charAt(token.length() - 1);
        return token.substring(0, token.length() - 1) + (last == 'A' ? 'E' : 'A');
    }

    private static LinkSigner signer(String key, String... previous) {
        return new LinkSigner(
                new StoredKeys(null, null, new KeyProperties(true)),
                new SurveyProperties(key, List.of(previous), Duration.ofDays(14)));
    }
}
