package org.helpline.audit;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.helpline.audit.internal.AuditEvents;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit entries. The actor and the remote address are taken from the current request
 * when the caller does not name them, so call sites only say what happened and to whom.
 */
@Service
public class AuditTrail {

    private final AuditEvents events;
    private final Clock clock;

    AuditTrail(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an action of the signed-in user, in the caller's transaction so that the entry and
     * the change commit together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, UUID tenantId, String target, String details) {
        var actor = HelplineUser.current();
        var entry = new AuditEntry(
                UUID.randomUUID(),
                clock.instant(),
                actor.map(HelplineUser::id).orElse(null),
                actor.map(HelplineUser::login).orElse(null),
                actor.map(HelplineUser::organisationId).orElse(null),
                tenantId,
                action,
                target,
                details,
                remoteAddress().orElse(null));
        events.insert(entry);
    }

    /**
     * Records something that happened without a signed-in actor, such as a failed sign-in. It
     * commits on its own so a refused request cannot roll it back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAnonymous(AuditEntry.Subject subject, String action, String details) {
        var entry = new AuditEntry(
                UUID.randomUUID(),
                clock.instant(),
                subject.userId(),
                subject.login(),
                subject.organisationId(),
                subject.tenantId(),
                action,
                subject.login(),
                details,
                remoteAddress().orElse(null));
        events.insert(entry);
    }

    private static Optional<String> remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }
}
