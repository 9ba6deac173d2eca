package org.helpline.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of one use (hashing codes, signing links, encrypting payloads): the current key makes
 * every new hash, signature and ciphertext; the previous keys of a rotation only check and
 * decrypt what was made before it. Each key has an id, which users store in front of what a key
 * made, so the right key is found without trying them all. The keys are read on first use.
 */
public final class KeyRing {

    /** How long the keys of a use must be. */
    public enum Length {
        /** HMAC-SHA256 keys: at least {@value StoredKeys#KEY_BYTES} bytes. */
        AT_LEAST_32,
        /** AES-256 keys: exactly {@value StoredKeys#KEY_BYTES} bytes. */
        EXACTLY_32
    }

    /** A key and its id: 8 hex digits of a SHA-256 of the key, which say nothing about the key itself. */
    public static final class Key {

        private final String id;
        private final byte[] bytes;

        Key(byte[] bytes) {
            this.bytes = bytes.clone();
            this.id = idOf(bytes);
        }

        public String id() {
            return id;
        }

        public SecretKeySpec secret(String algorithm) {
            return new SecretKeySpec(bytes, algorithm);
        }

        private static String idOf(byte[] key) {
            try {
                var digest = MessageDigest.getInstance("SHA-256");
                digest.update("helpline-key-id:".getBytes(StandardCharsets.US_ASCII));
                return HexFormat.of().formatHex(digest.digest(key), 0, 4);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }
    }

    private final Supplier<List<Key>> source;
    private volatile List<Key> keys;

    KeyRing(Supplier<List<Key>> source) {
        this.source = source;
    }

    /** The key that makes new hashes, signatures and ciphertexts. */
    public Key current() {
        return all().get(0);
    }

    /** The key with the id {@code id}, current or previous. */
    public Optional<Key> find(String id) {
        return all().stream().filter(key -> key.id().equals(id)).findFirst();
    }

    /** The current key, then the previous ones, each once. */
    public List<Key> all() {
        var resolved = keys;
        if (resolved == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = distinct(source.get());
                }
                resolved = keys;
            }
        }
        return resolved;
    }

    private static List<Key> distinct(List<Key> keys) {
        var byId = new LinkedHashMap<String, Key>();
        keys.forEach(key -> byId.putIfAbsent(key.id(), key));
        return List.copyOf(new ArrayList<>(byId.values()));
    }
}
