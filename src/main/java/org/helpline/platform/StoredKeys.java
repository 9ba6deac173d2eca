package org.helpline.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret keys of the application, as {@link KeyRing}s. A key comes from its property
 * (Base64, or {@code file:<path>} of a file that holds the Base64), and the keys a rotation
 * replaced from the matching {@code previous-...-keys} property (a list of the same). When a
 * key is not configured, the first node generates one and stores it in {@code app_secret}, where
 * every other node finds it; under {@link KeyProperties#required()} (the {@code postgres}
 * profile) the application refuses to start instead, since a copy of the database would then
 * hold the keys that protect it. Every ring is read at start, so the refusal names every missing
 * key at once ({@link KeySettingException}).
 *
 * <p>A stored key is read and created in a transaction of its own: a business transaction that
 * rolls back never takes a key's creation with it, and when two nodes create one at the same
 * instant, the one that loses reads the winner's.
 */
@Component
public class StoredKeys implements SmartInitializingSingleton {

    public static final int KEY_BYTES = 32;
    private static final String FILE = "file:";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final boolean required;
    private final SecureRandom random = new SecureRandom();
    private final List<KeyRing> rings = new CopyOnWriteArrayList<>();

    /** Public for unit tests that only use configured keys: those need no database. */
    public StoredKeys(JdbcClient jdbc, PlatformTransactionManager transactions, KeyProperties properties) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.required = properties.required();
    }

    /**
     * The keys of {@code property}: {@code current} when set, else the one stored as {@code name};
     * then {@code previous}, which is the property {@code <prefix>.previous-<key>s} (for
     * {@code helpline.phone.code-key}: {@code helpline.phone.previous-code-keys}). Declare rings
     * while beans are created, so that they are checked at start.
     */
    public KeyRing ring(String name, String property, String current, List<String> previous, KeyRing.Length length) {
        var ring = new KeyRing(() -> keys(name, property, current, previous, length));
        rings.add(ring);
        return ring;
    }

    /** Reads every ring at start, outside any business transaction, and names every setting that is wrong. */
    @Override
    public void afterSingletonsInstantiated() {
        var problems = new ArrayList<String>();
        for (var ring : rings) {
            try {
                ring.all();
            } catch (KeySettingException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new KeySettingException(problems);
        }
    }

    private List<KeyRing.Key> keys(
            String name, String property, String current, List<String> previous, KeyRing.Length length) {
        var keys = new ArrayList<KeyRing.Key>();
        if (current != null && !current.isBlank()) {
            keys.add(decode(configured(current, property), property, length));
        } else if (required) {
            throw new KeySettingException(List.of(property
                    + " is not set (keys must come from configuration where helpline.keys.required is true, as"
                    + " under the postgres profile)"));
        } else {
            keys.add(decode(storedOrNew(name), name, length));
        }
        var previousProperty = previousProperty(property);
        for (var old : previous == null ? List.<String>of() : previous) {
            if (!old.isBlank()) {
                keys.add(decode(configured(old, previousProperty), previousProperty, length));
            }
        }
        return keys;
    }

    static String previousProperty(String property) {
        int dot = property.lastIndexOf('.');
        return property.substring(0, dot + 1) + "previous-" + property.substring(dot + 1) + "s";
    }

    private static String configured(String value, String property) {
        var stripped = value.strip();
        if (!stripped.startsWith(FILE)) {
            return stripped;
        }
        var path = stripped.substring(FILE.length());
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            throw new KeySettingException(property + " names the file " + path + ", which cannot be read", e);
        }
    }

    private static KeyRing.Key decode(String base64, String what, KeyRing.Length length) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new KeySettingException(what + " must be Base64", e);
        }
        if (key.length < KEY_BYTES || (length == KeyRing.Length.EXACTLY_32 && key.length != KEY_BYTES)) {
            throw new KeySettingException(
                    List.of(what + " must be " + (length == KeyRing.Length.EXACTLY_32 ? "exactly " : "at least ")
                            + KEY_BYTES + " bytes in Base64 (it has " + key.length + ")"));
        }
        return new KeyRing.Key(key);
    }

    private String storedOrNew(String name) {
        var stored = ownTransaction.execute(status -> stored(name));
        if (stored != null) {
            return stored;
        }
        var fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        var encoded = Base64.getEncoder().encodeToString(fresh);
        try {
            ownTransaction.executeWithoutResult(
                    status -> jdbc.sql("insert into app_secret (name, secret) values (:name, :secret)")
                            .param("name", name)
                            .param("secret", encoded)
                            .update());
            return encoded;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return ownTransaction.execute(status -> stored(name));
        }
    }

    private String stored(String name) {
        return jdbc.sql("select secret from app_secret where name = :name")
                .param("name", name)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
