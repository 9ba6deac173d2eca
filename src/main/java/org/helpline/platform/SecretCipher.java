package org.helpline.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts short secrets at rest (AES-256-GCM, a fresh nonce each time) as {@code <key id>.<Base64
 * of nonce and ciphertext>}, with the current key of a {@link KeyRing} of {@link
 * KeyRing.Length#EXACTLY_32} keys; the previous keys of a rotation still decrypt what they
 * encrypted. A value without a key id, stored before ids were added, is tried with every key;
 * GCM's tag tells the right one.
 */
public final class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final String property;
    private final String what;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param property the setting of the key, named in errors
     * @param what what is encrypted, named in errors ("a message payload")
     */
    public SecretCipher(KeyRing keys, String property, String what) {
        this.keys = keys;
        this.property = property;
        this.what = what;
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
            throw new IllegalStateException("Cannot encrypt " + what, e);
        }
    }

    public String decrypt(String stored) {
        var dot = stored.indexOf('.');
        if (dot < 0) {
            return decryptWithAnyKey(stored);
        }
        var id = stored.substring(0, dot);
        var key = keys.find(id)
                .orElseThrow(() -> new IllegalStateException(capitalized(what) + " was encrypted with the key " + id
                        + ", which is neither " + property + " nor one of its previous keys"));
        try {
            return decrypt(key, stored.substring(dot + 1));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt " + what + " with the key " + id, e);
        }
    }

    private String decryptWithAnyKey(String sealed) {
        return keys.all().stream()
                .flatMap(key -> decryptedWith(key, sealed).stream())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Cannot decrypt " + what + " with " + property + " or a previous key"));
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

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
