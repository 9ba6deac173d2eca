package org.helpline.notify.internal;

import org.helpline.platform.KeyRing;
import org.helpline.platform.SecretCipher;
import org.helpline.platform.StoredKeys;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secret values of a message while it waits in the outbox ({@link SecretCipher}).
 * The key is {@code helpline.notify.payload-key} ({@link StoredKeys}: generated and stored only in
 * the embedded default, since a copy of the database must not reveal codes that are still
 * waiting); after a rotation, the old key in {@code helpline.notify.previous-payload-keys} still
 * decrypts the messages it encrypted.
 */
@Component
public class PayloadCipher {

    private final SecretCipher cipher;

    PayloadCipher(StoredKeys keys, NotifyProperties properties) {
        var ring = keys.ring(
                "notify.payload-key",
                "helpline.notify.payload-key",
                properties.payloadKey(),
                properties.previousPayloadKeys(),
                KeyRing.Length.EXACTLY_32);
        this.cipher = new SecretCipher(ring, "helpline.notify.payload-key", "a message payload");
    }

    public String encrypt(String plain) {
        return cipher.encrypt(plain);
    }

    public String decrypt(String stored) {
        return cipher.decrypt(stored);
    }
}
