package org.helpline.notify.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.helpline.platform.KeyRing;
import org.helpline.platform.StoredKeys;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secret values of a message (AES-256-GCM, a fresh nonce per message) while it
 * waits in the outbox, as {@code <key id>.<Base64 of nonce and ciphertext>}. The key is
 * {@code helpline.notify.payload-key} ({@link StoredKeys}: generated and stored only in the
 * embedded default, since a copy of the database must not reveal codes that are still waiting);
 * after a rotation, the old key in {@code helpline.notify.previous-payload-keys} still decrypts
 * the messages it encrypted. A payload without a key id, stored before ids were added, is tried
 * with every key; GCM's tag tells the right one.
 */
@Component
public class PayloadCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    PayloadCipher(StoredKeys keys, NotifyProperties properties) {
        this.keys = keys.ring(
                "notify.payload-key",
                "helpline.notify.payload-key",
                properties.payloadKey(),
                properties.previousPayloadKeys(),
                KeyRing.Length.EXACTLY_32);
    }

    public String encrypt(String plain) {
        try {
            var key = keys.current();
            var nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secret("AES"), new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            var out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return key.id() + "." + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a message payload", e);
        }
    }

    public String decrypt(String stored) {
        var dot = stored.indexOf('.');
        if (dot < 0) {
            return decryptWithAnyKey(stored);
        }
        var id = stored.substring(0, dot);
        var key = keys.find(id)
                .orElseThrow(() -> new IllegalStateException("A message payload was encrypted with the key " + id
                        + ", which is neither helpline.notify.payload-key nor one of its previous keys"));
        try {
            return decrypt(key, stored.substring(dot + 1));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt a message payload with the key " + id, e);
        }
    }

    private String decryptWithAnyKey(String sealed) {
        return keys.all().stream()
                .flatMap(key -> decryptedWith(key, sealed).stream())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Cannot decrypt a message payload with helpline.notify.payload-key or a previous key"));
    }

    private static Optional<String> decryptedWith(KeyRing.Key key, String sealed) {
        try {
            return Optional.of(decrypt(key, sealed));
        } catch (GeneralSecurityException | IllegalArgumentException wrongKey) {
            return Optional.empty();
        }
    }

    private static String decrypt(KeyRing.Key key, String sealed) throws GeneralSecurityException {
        var bytes = Base64.getDecoder().decode(sealed);
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key.secret("AES"), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
        return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }
}
