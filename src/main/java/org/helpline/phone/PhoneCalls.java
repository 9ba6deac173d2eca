package org.helpline.phone;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.helpline.audit.AuditTrail;
import org.helpline.phone.internal.CallAudit;
import org.helpline.phone.internal.CallRecord;
import org.helpline.phone.internal.CallViews;
import org.helpline.phone.internal.Calls;
import org.helpline.phone.internal.Masks;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.helpline.tenancy.TenantSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls an agent takes. A call names the caller's number and the tenant they speak
 * for; a number registered in the tenant's profile (compared in E.164, whatever the format
 * typed) verifies the caller at once, otherwise {@link CallerVerification} sends a code. The
 * tenant's account opens only under the call's grant. Tenants of another organisation and calls
 * of another agent do not exist for the agent (404).
 */
@Service
public class PhoneCalls {

    private static final List<Role> CALL_TAKERS = List.of(Role.AGENT, Role.SUPERVISOR);
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

    PhoneCalls(
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

    /**
     * Tenants of the agent's organisation whose name or domain contains {@code query}, or the
     * tenant of the request numbered {@code query} when the agent may see that request.
     */
    @Transactional(readOnly = true)
    public List<TenantSummary> findTenants(HelplineUser agent, String query) {
        requireCallTaker(agent);
        var byRequest = requests.tenantOfRequestNumber(agent, query).stream()
                .flatMap(tenantId -> tenancy.findProfileInOrganisation(agent.organisationId(), tenantId).stream())
                .map(PhoneCalls::summaryOf)
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

    /** Starts a call; a registered caller number grants access at once. */
    @Transactional
    public CallView start(HelplineUser agent, UUID tenantId, String callerNumber) {
        requireCallTaker(agent);
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
                "caller: " + Masks.phone(caller) + "; registered number: " + (registered ? "yes" : "no"));
        if (registered) {
            calls.grant(call, GrantReason.REGISTERED_NUMBER, now, now.plus(properties.grantDuration()));
            requests.callerVerified(tenantId, call.id(), agent.id(), now.plus(properties.grantDuration()));
            auditTrail.record(
                    "phone.access-granted",
                    tenantId,
                    profile.name(),
                    "reason: " + GrantReason.REGISTERED_NUMBER + "; until: " + now.plus(properties.grantDuration()));
        }
        return view(agent, call.id());
    }

    @Transactional(readOnly = true)
    public CallView call(HelplineUser agent, UUID callId) {
        requireCallTaker(agent);
        return view(agent, callId);
    }

    /** The agent's calls that have not ended, newest first. */
    @Transactional(readOnly = true)
    public List<CallView> openCalls(HelplineUser agent) {
        requireCallTaker(agent);
        return calls.openCalls(agent.id(), TENANT_MATCHES).stream()
                .map(call -> view(agent, call.id()))
                .toList();
    }

    /** Ends the call and with it the grant; ending it again changes nothing. */
    @Transactional
    public CallView end(HelplineUser agent, UUID callId) {
        requireCallTaker(agent);
        var call = calls.lockForAgent(callId, agent.id()).orElseThrow(() -> new NotFoundException("Call", callId));
        if (!call.ended()) {
            calls.end(call, clock.instant());
            requests.callEnded(call.tenantId(), call.id());
            auditTrail.record(
                    "phone.call-ended",
                    call.tenantId(),
                    Masks.phone(call.callerE164()),
                    "grant: " + (call.grantActive(clock.instant()) ? "ended with the call" : "none"));
        }
        return view(agent, callId);
    }

    /**
     * The tenant's account, only under the call's active grant; each opening is audited.
     *
     * @throws VerificationRequiredException when the caller is not verified for this call
     */
    @Transactional
    public TenantAccount account(HelplineUser agent, UUID callId) {
        requireCallTaker(agent);
        var call = calls.findForAgent(callId, agent.id()).orElseThrow(() -> new NotFoundException("Call", callId));
        var grant = call.grantAt(clock.instant());
        if (grant == null) {
            refusals.refused(
                    "phone.account-refused",
                    call.tenantId(),
                    Masks.phone(call.callerE164()),
                    "no active verification grant");
            throw new VerificationRequiredException(call.tenantId());
        }
        var profile = tenantOf(agent, call.tenantId());
        auditTrail.record("phone.account-opened", call.tenantId(), profile.name(), "grant: " + grant.reason());
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
                            "not a tenant of organisation " + agent.organisationId());
                    return new NotFoundException("Tenant", tenantId);
                });
    }

    static void requireCallTaker(HelplineUser agent) {
        if (agent == null || !agent.hasAny(CALL_TAKERS)) {
            throw new ForbiddenException("Only agents and supervisors take calls.");
        }
    }
}
