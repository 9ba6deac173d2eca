package org.helpline.identity.internal;

import org.helpline.platform.KeyRing;
import org.helpline.platform.SecretCipher;
import org.helpline.platform.StoredKeys;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets identity must read back (a tenant's single sign-on client secret, an
 * authenticator's shared secret) with {@code helpline.identity.secret-key}: a copy of the
 * database alone does not reveal them. Like the other keys, it is generated and stored in the
 * database only on the embedded default ({@link StoredKeys}).
 */
@Component
class IdentitySecrets {

    static final String PROPERTY = "helpline.identity.secret-key";

    private final SecretCipher cipher;

    IdentitySecrets(StoredKeys keys, IdentityProperties properties) {
        var ring = keys.ring(
                "identity.secret-key",
                PROPERTY,
                properties.secretKey(),
                properties.previousSecretKeys(),
                KeyRing.Length.EXACTLY_32);
        this.cipher = new SecretCipher(ring, PROPERTY, "an identity secret");
    }

    String seal(String plain) {
        return cipher.encrypt(plain);
    }

    String open(String sealed) {
        return cipher.decrypt(sealed);
    }
}
