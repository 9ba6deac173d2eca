package org.helpline.requests;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.catalog.RequestCategory;
import org.helpline.requests.internal.Assignments;
import org.helpline.requests.internal.Conversation;
import org.helpline.requests.internal.Handling;
import org.helpline.requests.internal.IdempotencyKeys;
import org.helpline.requests.internal.Intake;
import org.helpline.requests.internal.IntakeRules;
import org.helpline.requests.internal.Reading;
import org.helpline.requests.internal.ServiceRequests;
import org.helpline.requests.internal.Viewer;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.sla.Severity;
import org.helpline.sla.SlaManagement;
import org.helpline.support.SupportDesk;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests module's entry point. Every method acts for a signed-in user and shows them only
 * what they may see: a tenant admin their tenant's requests, an agent or supervisor those of their
 * organisation handled by the provider, a partner agent those routed to their partner. A request
 * anyone else asks for is "not found" (404), so ids cannot be probed. Changes carry the version the
 * caller read (409 when stale) and are recorded in the request's history and the audit trail.
 */
@Service
public class RequestManagement {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final SupportDesk desk;
    private final TenantManagement tenants;
    private final SlaManagement sla;
    private final Intake intake;
    private final Conversation conversation;
    private final Handling handling;
    private final Assignments assignments;
    private final Reading reading;
    private final IdempotencyKeys keys;
    private final ServiceRequests requests;

    RequestManagement(SupportDesk desk, TenantManagement tenants, SlaManagement sla, Intake intake,
            Conversation conversation, Handling handling, Assignments assignments, Reading reading,
            IdempotencyKeys keys, ServiceRequests requests) {
        this.desk = desk;
        this.tenants = tenants;
        this.sla = sla;
        this.intake = intake;
        this.conversation = conversation;
        this.handling = handling;
        this.assignments = assignments;
        this.reading = reading;
        this.keys = keys;
        this.requests = requests;
    }

    /**
     * Files a request for a tenant admin and starts its SLA clocks. With an idempotency key
     * the same user's retry returns the request the first call filed and files nothing.
     */
    @Transactional
    public Filed open(HelplineUser admin, OpenRequest command, Channel channel, String idempotencyKey) {
        desk.requireAssistedSupport(admin);
        var existing = filedWithKey(admin, idempotencyKey);
        if (existing.isPresent()) {
            return new Filed(existing.get(), false);
        }
        return new Filed(intake.open(admin, command, channel, idempotencyKey), true);
    }

    /** The request this admin filed with the idempotency key, if any. */
    @Transactional(readOnly = true)
    public Optional<ServiceRequest> filedWithKey(HelplineUser admin, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
        return keys.find(admin.id(), idempotencyKey).flatMap(requests::findForSystem);
    }

    /** The categories this admin may file. */
    @Transactional(readOnly = true)
    public Set<RequestCategory> categories(HelplineUser admin) {
        desk.requireAssistedSupport(admin);
        return IntakeRules.categoriesFor(admin.roles());
    }

    /** The severities the admin's contract allows for a category. */
    @Transactional(readOnly = true)
    public Set<Severity> allowedSeverities(HelplineUser admin, RequestCategory category) {
        desk.requireAssistedSupport(admin);
        var profile = tenants.profile(admin.tenantId().orElseThrow());
        return sla.allowedSeverities(profile.organisationId(), category, profile.contract());
    }

    @Transactional(readOnly = true)
    public RequestPage requests(HelplineUser user, RequestStatus status, int page, int size) {
        return reading.page(viewer(user), status, page, size);
    }

    @Transactional(readOnly = true)
    public RequestDetails request(HelplineUser user, UUID id) {
        return reading.details(viewer(user), id);
    }

    @Transactional(readOnly = true)
    public QueuePage queue(HelplineUser agent, QueueFilter filter) {
        return reading.queue(viewer(agent), filter);
    }

    @Transactional
    public ServiceRequest addMessage(HelplineUser user, UUID id, NewMessage message) {
        return conversation.add(viewer(user), id, message);
    }

    @Transactional
    public ServiceRequest changeStatus(HelplineUser user, UUID id, StatusChange change) {
        return handling.changeStatus(viewer(user), id, change);
    }

    @Transactional
    public ServiceRequest changeSeverity(HelplineUser agent, UUID id, SeverityChange change) {
        return handling.changeSeverity(viewer(agent), id, change);
    }

    @Transactional
    public ServiceRequest assign(HelplineUser agent, UUID id, Assignment assignment) {
        return assignments.assign(viewer(agent), id, assignment);
    }

    private Viewer viewer(HelplineUser user) {
        return Viewer.of(user).orElseThrow(() -> {
            if (user.tenantId().isPresent()) {
                desk.requireAssistedSupport(user);
            }
            return new ForbiddenException("Your roles do not work with service requests.");
        });
    }
}
