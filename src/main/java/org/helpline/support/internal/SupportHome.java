package org.helpline.support.internal;

import java.util.List;
import org.helpline.identity.AdminContact;
import org.helpline.tenancy.SupportOrganisation;
import org.helpline.tenancy.TenantProfile;

/**
 * What the Support page shows a tenant admin: the organisation's profile, its admins and the
 * support organisation serving it.
 */
public record SupportHome(TenantProfile profile, List<AdminContact> admins, SupportOrganisation organisation) {}
