package org.helpline.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.helpline.identity.SessionsRevoked;
import org.helpline.platform.ModuleEventListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The web sessions of a user, found in the shared session store by its principal-name index, so
 * ending one here ends it on every node. A session is named to its owner by a handle (a hash of
 * its id), never by its id, which is the secret of its cookie.
 */
@Component
public class UserSessions {

    /** Session attributes written at sign-in to tell the sessions apart. */
    static final String AGENT = "helpline.signIn.agent";

    static final String ADDRESS = "helpline.signIn.address";

    /** One session of the user, as its owner sees it. */
    public record SignedInSession(
            String handle, Instant createdAt, Instant lastUsedAt, String agent, String address, boolean current) {}

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store;

    UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store) {
        this.store = store;
    }

    /** Ends the sessions as they are revoked; the session store writes in a transaction of its own. */
    @ModuleEventListener
    void on(SessionsRevoked revoked) {
        endAllBut(revoked.login(), revoked.keptSessionId());
    }

    /** The user's sessions, the most recently used first. */
    public List<SignedInSession> of(String login, String currentSessionId) {
        return sessions(login).values().stream()
                .map(session -> new SignedInSession(
                        handle(session.getId()),
                        session.getCreationTime(),
                        session.getLastAccessedTime(),
                        session.getAttribute(AGENT),
                        session.getAttribute(ADDRESS),
                        session.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(SignedInSession::lastUsedAt).reversed())
                .toList();
    }

    /** Ends the user's session with this handle; false if they have none such. */
    public boolean end(String login, String handle) {
        var found = sessions(login).keySet().stream()
                .filter(id -> handle(id).equals(handle))
                .findFirst();
        found.ifPresent(id -> store.getObject().deleteById(id));
        return found.isPresent();
    }

    /** Ends every session of the user but {@code keptSessionId} (null to keep none). */
    public void endAllBut(String login, String keptSessionId) {
        var repository = store.getIfAvailable();
        if (repository == null) {
            return;
        }
        repository.findByPrincipalName(login).keySet().stream()
                .filter(id -> !Objects.equals(id, keptSessionId))
                .forEach(repository::deleteById);
    }

    private Map<String, ? extends Session> sessions(String login) {
        var repository = store.getIfAvailable();
        return repository == null ? Map.of() : repository.findByPrincipalName(login);
    }

    static String handle(String sessionId) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
