package org.helpline.identity;

import org.helpline.tenancy.Partner;
import org.helpline.tenancy.SupportOrganisation;
import org.helpline.tenancy.TenantProfile;

/** Where a user belongs: their tenant or partner (either may be null) and their support organisation. */
public record Membership(TenantProfile tenant, Partner partner, SupportOrganisation organisation) {}
