package org.helpline.identity;

import java.util.List;
import org.helpline.tenancy.Partner;
import org.helpline.tenancy.TenantSummary;

/** The tenants and partners of an organisation that a new user can be placed in. */
public record Placements(List<TenantSummary> tenants, List<Partner> partners) {}
