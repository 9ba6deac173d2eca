package org.helpline.platform;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret keys of the application by name: the one a property configures (Base64, at least
 * {@value #KEY_BYTES} bytes), else one the first node generates and stores in {@code app_secret},
 * where every other node finds it. Production should configure its keys, so that a copy of the
 * database alone does not hold them.
 *
 * <p>A stored key is read and created in a transaction of its own: a business transaction that
 * rolls back never takes a key's creation with it, and when two nodes create one at the same
 * instant, the one that loses reads the winner's.
 */
@Component
public class StoredKeys {

    public static final int KEY_BYTES = 32;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    /** Public for unit tests that only use configured keys: those need neither argument. */
    public StoredKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The key {@code name}: {@code configured} when it is not blank (named {@code property} in the
     * error when it is too short), else the stored one, created on first use.
     */
    public byte[] key(String name, String configured, String property) {
        return keys.computeIfAbsent(
                        name,
                        ignored -> configured == null || configured.isBlank()
                                ? decode(storedOrNew(name), name)
                                : decode(configured.strip(), property))
                .clone();
    }

    private static byte[] decode(String base64, String what) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " must be Base64", e);
        }
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException(what + " must be at least " + KEY_BYTES + " bytes in Base64");
        }
        return key;
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
