package org.helpline.phone.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.phone.CallView;
import org.helpline.phone.PhoneCalls;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.helpline.tenancy.TenantSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database-backed {@link PhoneCalls}. */
@Service("phoneCalls")
class CallDesk implements PhoneCalls {

    private static final int TENANT_MATCHES = 20;
    private static final int RECENT_REQUESTS = 20;

    private final TenantManagement tenancy;
    private final Calls calls;
    private final CallViews views;
    private final AuditTrail auditTrail;
    private final CallAudit refusals;
    private final PhoneProperties properties;
    private final RequestManagement requests;
    private final Clock clock;

    CallDesk(
            TenantManagement tenancy,
            Calls calls,
            CallViews views,
            AuditTrail auditTrail,
            CallAudit refusals,
            PhoneProperties properties,
            RequestManagement requests,
            Clock clock) {
        this.tenancy = tenancy;
        this.calls = calls;
        this.views = views;
        this.auditTrail = auditTrail;
        this.refusals = refusals;
        this.properties = properties;
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public List<TenantSummary> findTenants(HelplineUser agent, String query) {
        CallTakers.require(agent);
        var byRequest = requests.tenantOfRequestNumber(agent, query).stream()
                .flatMap(tenantId -> tenancy.findProfileInOrganisation(agent.organisationId(), tenantId).stream())
                .map(CallDesk::summaryOf)
                .toList();
        if (!byRequest.isEmpty()) {
            return byRequest;
        }
        return tenancy.tenants(agent.organisationId(), query, 0, TENANT_MATCHES);
    }

    private static TenantSummary summaryOf(TenantProfile profile) {
        return new TenantSummary(
                profile.id(),
                profile.organisationId(),
                profile.name(),
                profile.domain(),
                profile.country(),
                profile.contract(),
                profile.partner() == null ? null : profile.partner().name());
    }

    @Transactional
    @Override
    public CallView start(HelplineUser agent, UUID tenantId, String callerNumber) {
        CallTakers.require(agent);
        var profile = tenantOf(agent, tenantId);
        var caller = PhoneNumbers.toE164("callerNumber", callerNumber, profile.country());
        var registered = profile.hasRegisteredPhone(caller);
        var now = clock.instant();
        var call = new CallRecord(
                tenantId,
                UUID.randomUUID(),
                agent.organisationId(),
                agent.id(),
                caller,
                registered,
                now,
                null,
                null,
                null,
                null);
        calls.insert(call);
        auditTrail.record(
                "phone.call-started",
                tenantId,
                profile.name(),
                AuditDetails.of("caller", Masks.phone(caller)).and("registered number", registered));
        if (registered) {
            calls.grant(call, GrantReason.REGISTERED_NUMBER, now, now.plus(properties.grantDuration()));
            requests.callerVerified(tenantId, call.id(), agent.id(), now.plus(properties.grantDuration()));
            auditTrail.record(
                    "phone.access-granted",
                    tenantId,
                    profile.name(),
                    AuditDetails.of("reason", GrantReason.REGISTERED_NUMBER)
                            .and("until", now.plus(properties.grantDuration())));
        }
        return view(agent, call.id());
    }

    @Transactional(readOnly = true)
    @Override
    public CallView call(HelplineUser agent, UUID callId) {
        CallTakers.require(agent);
        return view(agent, callId);
    }

    @Transactional(readOnly = true)
    @Override
    public List<CallView> openCalls(HelplineUser agent) {
        CallTakers.require(agent);
        return calls.openCalls(agent.id(), TENANT_MATCHES).stream()
                .map(call -> view(agent, call.id()))
                .toList();
    }

    @Transactional
    @Override
    public CallView end(HelplineUser agent, UUID callId) {
        CallTakers.require(agent);
        var call = calls.lockForAgent(callId, agent.id()).orElseThrow(() -> new NotFoundException("Call", callId));
        if (!call.ended()) {
            calls.end(call, clock.instant());
            requests.callEnded(call.tenantId(), call.id());
            auditTrail.record(
                    "phone.call-ended",
                    call.tenantId(),
                    Masks.phone(call.callerE164()),
                    AuditDetails.of("grant", call.grantActive(clock.instant()) ? "ENDED_WITH_CALL" : null));
        }
        return view(agent, callId);
    }

    @Transactional
    @Override
    public TenantAccount account(HelplineUser agent, UUID callId) {
        CallTakers.require(agent);
        var call = calls.findForAgent(callId, agent.id()).orElseThrow(() -> new NotFoundException("Call", callId));
        var grant = call.grantAt(clock.instant());
        if (grant == null) {
            refusals.refused(
                    "phone.account-refused",
                    call.tenantId(),
                    Masks.phone(call.callerE164()),
                    AuditDetails.of("reason", "NO_GRANT"));
            throw new VerificationRequiredException(call.tenantId());
        }
        var profile = tenantOf(agent, call.tenantId());
        auditTrail.record(
                "phone.account-opened", call.tenantId(), profile.name(), AuditDetails.of("grant", grant.reason()));
        var recent = requests.recentRequests(agent, call.tenantId(), RECENT_REQUESTS).stream()
                .map(CallerRequest::of)
                .toList();
        return new TenantAccount(call.id(), grant, profile, recent);
    }

    private CallView view(HelplineUser agent, UUID callId) {
        var call = calls.findForAgent(callId, agent.id()).orElseThrow(() -> new NotFoundException("Call", callId));
        return views.of(call, tenantOf(agent, call.tenantId()), clock.instant(), properties.maxWrongTries());
    }

    private TenantProfile tenantOf(HelplineUser agent, UUID tenantId) {
        return tenancy.findProfileInOrganisation(agent.organisationId(), tenantId)
                .orElseThrow(() -> {
                    refusals.refused(
                            "phone.call-refused",
                            null,
                            "tenant " + tenantId,
                            AuditDetails.of("reason", "OTHER_ORGANISATION")
                                    .and("organisation", agent.organisationId()));
                    return new NotFoundException("Tenant", tenantId);
                });
    }
}
