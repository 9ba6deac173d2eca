package org.helpline.audit.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The database-backed {@link AuditTrail}. */
@Service("auditTrail")
class AuditRecorder implements AuditTrail {

    private final AuditEvents events;
    private final Clock clock;

    AuditRecorder(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @Override
    public void record(String action, UUID tenantId, String target, AuditDetails details) {
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
                details.isEmpty() ? null : details.text(),
                remoteAddress().orElse(null));
        events.insert(entry);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Override
    public void recordAnonymous(AuditEntry.Subject subject, String action, AuditDetails details) {
        var entry = new AuditEntry(
                UUID.randomUUID(),
                clock.instant(),
                subject.userId(),
                subject.login(),
                subject.organisationId(),
                subject.tenantId(),
                action,
                subject.login(),
                details.isEmpty() ? null : details.text(),
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
