package org.helpline.identity.internal;

import org.helpline.platform.KeyRing;
import org.helpline.platform.SecretCipher;
import org.helpline.platform.StoredKeys;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets identity must read back (a tenant's single sign-on client secret, an
 * authenticator's shared secret) with {@code helpline.identity.secret-key}: a copy of the
 * database alone does not reveal them. Password hashes are peppered with a key derived from it. Like the other keys, it is generated and stored in the
 * database only on the embedded default ({@link StoredKeys}).
 */
@Component
class IdentitySecrets {

    static final String PROPERTY = "helpline.identity.secret-key";

    private final KeyRing ring;
    private final SecretCipher cipher;

    IdentitySecrets(StoredKeys keys, IdentityProperties properties) {
        this.ring = keys.ring(
                "identity.secret-key",
                PROPERTY,
                properties.secretKey(),
                properties.previousSecretKeys(),
                KeyRing.Length.EXACTLY_32);
        this.cipher = new SecretCipher(ring, PROPERTY, "an identity secret");
    }

    /** The keys themselves, for uses that derive a key of their own ({@link PepperedBcrypt}). */
    KeyRing keys() {
        return ring;
    }

    String seal(String plain) {
        return cipher.encrypt(plain);
    }

    String open(String sealed) {
        return cipher.decrypt(sealed);
    }
}
