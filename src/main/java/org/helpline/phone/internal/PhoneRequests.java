package org.helpline.phone.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.catalog.ProblemClassification;
import org.helpline.phone.CallView;
import org.helpline.phone.CallerRequest;
import org.helpline.phone.CallerVerification;
import org.helpline.phone.PhoneCalls;
import org.helpline.phone.VerificationRequiredException;
import org.helpline.requests.Filed;
import org.helpline.requests.MessageKind;
import org.helpline.requests.NewMessage;
import org.helpline.requests.OpenRequest;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.SlaManagement;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Service;

/**
 * The requests an agent files and logs during a call (channel PHONE, R-9), through the requests
 * module's API: only while the agent holds a verification grant for the call's tenant (403
 * otherwise); a call of another agent or organisation, and a request of another tenant, are not found.
 */
@Service
public class PhoneRequests {

    private static final int OPEN_REQUESTS = 50;

    private final PhoneCalls calls;
    private final CallerVerification verification;
    private final RequestManagement requests;
    private final TenantManagement tenants;
    private final SlaManagement sla;
    private final Catalog catalog;

    PhoneRequests(
            PhoneCalls calls,
            CallerVerification verification,
            RequestManagement requests,
            TenantManagement tenants,
            SlaManagement sla,
            Catalog catalog) {
        this.calls = calls;
        this.verification = verification;
        this.requests = requests;
        this.tenants = tenants;
        this.sla = sla;
        this.catalog = catalog;
    }

    /** The agent's call, once they hold an active verification grant for the call's tenant (403 otherwise). */
    public CallView verifiedCall(HelplineUser agent, UUID callId) {
        var call = calls.call(agent, callId);
        if (call.grant() == null) {
            throw new VerificationRequiredException(call.tenantId());
        }
        verification.requireGrant(agent, call.tenantId());
        return call;
    }

    public TenantProfile tenant(HelplineUser agent, CallView call) {
        return tenants.findProfileInOrganisation(agent.organisationId(), call.tenantId())
                .orElseThrow(() -> new NotFoundException("Tenant", call.tenantId()));
    }

    /** The tenant's open requests the agent may log the call on, newest first. */
    public List<CallerRequest> openRequests(HelplineUser agent, CallView call) {
        return requests.recentRequests(agent, call.tenantId(), OPEN_REQUESTS).stream()
                .filter(request -> request.status().isOpen())
                .map(CallerRequest::of)
                .toList();
    }

    /** Files the request on the caller's behalf; the requests module checks it as any other. */
    public Filed file(HelplineUser agent, UUID callId, OpenRequest command) {
        var call = verifiedCall(agent, callId);
        return requests.openOnBehalf(agent, call.tenantId(), command, null);
    }

    /** Logs the call on one of the tenant's requests and answers the request's number. */
    public String logCall(HelplineUser agent, UUID callId, UUID requestId, String body) {
        var call = verifiedCall(agent, callId);
        var request = requests.request(agent, requestId).request();
        if (!request.tenantId().equals(call.tenantId())) {
            throw new NotFoundException("Request", requestId);
        }
        requests.addMessage(agent, requestId, new NewMessage(body, false, MessageKind.CALL_LOG, request.version()));
        return request.number();
    }

    /** An agent may file any category; severities follow the tenant's contract. */
    public RequestOptions options(TenantProfile tenant, RequestCategory category, String serviceId, Locale locale) {
        var categories = new LinkedHashMap<RequestCategory, String>();
        Arrays.stream(RequestCategory.values())
                .sorted()
                .forEach(each -> categories.put(each, catalog.categoryName(each, locale)));
        var chosen = category == null ? RequestCategory.values()[0] : category;
        var service = serviceId == null || serviceId.isBlank() ? null : serviceId;
        return new RequestOptions(
                categories,
                catalog.services(tenant.organisationId(), locale),
                catalog.classifications(tenant.organisationId(), chosen, service, locale),
                sla.allowedSeverities(tenant.organisationId(), chosen, tenant.contract()).stream()
                        .sorted()
                        .toList());
    }

    /** What the request form offers: categories with their names, services, classifications, severities. */
    public record RequestOptions(
            Map<RequestCategory, String> categories,
            List<CatalogService> services,
            List<ProblemClassification> classifications,
            List<Severity> severities) {}
}
