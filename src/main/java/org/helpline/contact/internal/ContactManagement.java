package org.helpline.contact.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Role;
import org.helpline.shared.Severity;
import org.helpline.sla.ServiceHours;
import org.helpline.sla.SlaManagement;
import org.helpline.support.SupportDesk;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers' side of "Contact me" and the supervisors' view of the queues. Every expected wait
 * shown to a customer is stored with its inputs; when the callback is answered the wait that
 * followed is recorded beside it, so the accuracy supervisors see is measured on real traffic.
 * Only tenant admins ask (R-1, through {@link SupportDesk#requireAssistedSupport}).
 */
@Service
public class ContactManagement {

    private final Callbacks callbacks;
    private final Agents agents;
    private final Estimates estimates;
    private final WaitTimes waitTimes;
    private final TenantManagement tenants;
    private final SupportDesk desk;
    private final SlaManagement sla;
    private final RequestManagement requests;
    private final ContactProperties properties;
    private final Clock clock;

    ContactManagement(
            Callbacks callbacks,
            Agents agents,
            Estimates estimates,
            WaitTimes waitTimes,
            TenantManagement tenants,
            SupportDesk desk,
            SlaManagement sla,
            RequestManagement requests,
            ContactProperties properties,
            Clock clock) {
        this.callbacks = callbacks;
        this.agents = agents;
        this.estimates = estimates;
        this.waitTimes = waitTimes;
        this.tenants = tenants;
        this.desk = desk;
        this.requests = requests;
        this.sla = sla;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues a callback; a second request for the same service request returns the first callback. */
    @Transactional
    public Callback requestCallback(NewCallback command) {
        if (command.requestId() != null) {
            var existing = callbacks.findByRequest(command.tenantId(), command.requestId());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        var profile = tenants.profile(command.tenantId());
        var phone = PhoneNumbers.toE164("phone", command.phone(), profile.country());
        var language = command.language() == null ? profile.language().toLanguageTag() : command.language();
        if (command.severity() == null) {
            throw new InvalidInputException("severity", "is required");
        }
        var callback = new Callback(
                UUID.randomUUID(),
                command.tenantId(),
                command.organisationId(),
                command.partnerId(),
                command.requestId(),
                command.requestNumber(),
                phone,
                profile.hasRegisteredPhone(phone),
                SkillRules.requireLanguage("language", language),
                command.serviceId(),
                command.severity(),
                CallbackState.WAITING,
                clock.instant(),
                null,
                null,
                null,
                null,
                null,
                0);
        callbacks.insert(callback);
        return callback;
    }

    /** The expected wait if the admin chose {@code method} now, in {@code language} (null: the tenant's). Stored. */
    @Transactional
    public WaitTime expectedWait(HelplineUser admin, ContactOption method, String language) {
        desk.requireAssistedSupport(admin);
        if (method == null) {
            throw new InvalidInputException("method", "must be PHONE or CALLBACK");
        }
        var profile = tenants.profile(admin.tenantId().orElseThrow());
        var spoken = language == null || language.isBlank()
                ? SkillRules.language(profile.language().toLanguageTag())
                : SkillRules.requireLanguage("lang", language);
        var queue = new QueueKey(profile.organisationId(), null, spoken);
        var wait = waitTimes.estimate(queue, method, callbacks.waiting(queue).size(), false);
        estimates.insert(profile.id(), profile.organisationId(), null, wait);
        return wait;
    }

    /** The callback of the admin's service request with its place in line and updated wait (stored); empty if none. */
    @Transactional
    public Optional<CallbackProgress> progress(HelplineUser admin, UUID requestId) {
        desk.requireAssistedSupport(admin);
        var tenantId = admin.tenantId().orElseThrow();
        return callbacks.findByRequest(tenantId, requestId).map(callback -> {
            if (callback.state() != CallbackState.WAITING) {
                return new CallbackProgress(callback, 0, null);
            }
            var line = callbacks.waiting(callback.queue());
            int ahead = (int) line.stream()
                    .takeWhile(waiting -> !waiting.id().equals(callback.id()))
                    .count();
            var wait = waitTimes.estimate(callback.queue(), ContactOption.CALLBACK, ahead, true);
            estimates.insert(tenantId, callback.organisationId(), callback.id(), wait);
            return new CallbackProgress(callback, ahead + 1, wait);
        });
    }

    /** Each queue of the supervisor's organisation with waiting callbacks or agents, with estimate and accuracy. */
    @Transactional(readOnly = true)
    public List<QueueView> queues(HelplineUser supervisor) {
        if (!supervisor.hasAny(List.of(Role.SUPERVISOR, Role.ORG_ADMIN))) {
            throw new ForbiddenException("The queue view is for supervisors and organisation admins.");
        }
        var organisation = supervisor.organisationId();
        var staff = agents.inOrganisation(organisation);
        var keys = new LinkedHashSet<QueueKey>(callbacks.queuesWithWaiting(organisation));
        staff.forEach(agent -> agent.skills()
                .languages()
                .forEach(language -> keys.add(new QueueKey(organisation, agent.partnerId(), language))));
        var views = new ArrayList<QueueView>();
        for (var key : keys) {
            var waiting = callbacks.waiting(key);
            var members = staff.stream().filter(agent -> serves(agent, key)).toList();
            var estimate = waitTimes.estimate(key, ContactOption.CALLBACK, waiting.size(), false);
            var accuracy = estimates.accuracy(key, clock.instant().minus(properties.accuracyWindow()));
            views.add(new QueueView(key, waiting, members, estimate, accuracy));
        }
        views.sort(Comparator.comparing((QueueView view) -> view.key().language())
                .thenComparing(view -> String.valueOf(view.key().partnerId())));
        return views;
    }

    public ContactProperties properties() {
        return properties;
    }

    private static boolean serves(AgentStatus agent, QueueKey key) {
        return Objects.equals(agent.partnerId(), key.partnerId())
                && agent.skills().languages().contains(key.language());
    }

    /** The profile of the admin's tenant, for an admin who may use assisted support. */
    @Transactional(readOnly = true)
    public TenantProfile assistedProfile(HelplineUser admin) {
        desk.requireAssistedSupport(admin);
        return tenants.profile(admin.tenantId().orElseThrow());
    }

    /** The categories the admin may file, by the rule intake applies. */
    public Set<RequestCategory> categoriesToFile(HelplineUser admin) {
        return requests.categories(admin);
    }

    /** The name of the support organisation serving the tenant. */
    @Transactional(readOnly = true)
    public String providerName(TenantProfile profile) {
        return tenants.organisation(profile.organisationId()).name();
    }

    /** The severities the tenant's contract allows in the category, most severe first. */
    @Transactional(readOnly = true)
    public List<Severity> allowedSeverities(TenantProfile profile, RequestCategory category) {
        return sla.allowedSeverities(profile.organisationId(), category, profile.contract()).stream()
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** When the category is served at that severity, in the tenant's zone. */
    @Transactional(readOnly = true)
    public ServiceHours serviceHours(TenantProfile profile, RequestCategory category, Severity severity) {
        return sla.serviceHours(profile.organisationId(), category, severity, profile.zone());
    }
}
