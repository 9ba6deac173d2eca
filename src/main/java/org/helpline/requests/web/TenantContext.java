package org.helpline.requests.web;

import java.util.List;
import org.helpline.requests.ServiceRequest;
import org.helpline.requests.internal.LoggedCall;
import org.helpline.tenancy.TenantProfile;

/**
 * What an agent sees of the customer beside a request: the tenant's profile (contract, partner,
 * registered contacts), its other open requests and the latest calls logged on its requests.
 */
public record TenantContext(TenantProfile tenant, List<ServiceRequest> otherOpen, List<LoggedCall> recentCalls) {}
