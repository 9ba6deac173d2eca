package org.helpline.notify.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.helpline.notify.NotifyProperties;
import org.helpline.platform.StoredKeys;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secret values of a message (AES-256-GCM, a fresh nonce per message) while it
 * waits in the outbox. The key is {@code helpline.notify.payload-key}; without one, the first
 * node to start generates a random key and stores it ({@link StoredKeys}), where every other
 * node finds it. Production should configure the key, so that a copy of the database alone does
 * not reveal codes that are still waiting.
 */
@Component
public class PayloadCipher implements SmartInitializingSingleton {

    private static final String KEY_NAME = "notify.payload-key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final StoredKeys keys;
    private final NotifyProperties properties;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKey key;

    PayloadCipher(StoredKeys keys, NotifyProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    /** Settles the key at start, outside any business transaction that could roll its creation back. */
    @Override
    public void afterSingletonsInstantiated() {
        key();
    }

    public String encrypt(String plain) {
        try {
            var nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            var out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a message payload", e);
        }
    }

    public String decrypt(String sealed) {
        try {
            var bytes = Base64.getDecoder().decode(sealed);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt a message payload (was the payload key changed?)", e);
        }
    }

    private SecretKey key() {
        var current = key;
        if (current == null) {
            var bytes = keys.key(KEY_NAME, properties.payloadKey(), "helpline.notify.payload-key");
            if (bytes.length != 32) {
                throw new IllegalStateException("helpline.notify.payload-key must be 32 bytes in Base64");
            }
            current = new SecretKeySpec(bytes, "AES");
            key = current;
        }
        return current;
    }
}
