package org.helpline.requests.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.catalog.ProblemClassification;
import org.helpline.catalog.SupportScope;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.RequestCategory;
import org.helpline.support.FallbackPhone;
import org.helpline.support.SupportDesk;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Service;

/** What the "New service request" form offers a tenant user, taken from the tenancy and catalog modules. */
@Service
public class FilingChoices {

    private final TenantManagement tenants;
    private final Catalog catalog;
    private final SupportDesk desk;

    FilingChoices(TenantManagement tenants, Catalog catalog, SupportDesk desk) {
        this.tenants = tenants;
        this.catalog = catalog;
        this.desk = desk;
    }

    /** The number to call when filing online does not work, where the user's organisation has one. */
    public Optional<FallbackPhone> fallbackPhone(HelplineUser user) {
        return desk.fallbackPhone(user);
    }

    /** The profile of the user's tenant: staff and partners file requests elsewhere. */
    public TenantProfile profileOf(HelplineUser user) {
        return tenants.profile(user.tenantId()
                .orElseThrow(() -> new ForbiddenException("Only the users of a tenant file service requests here.")));
    }

    public SupportScope supportScope(TenantProfile profile, Locale locale) {
        return catalog.supportScope(profile.organisationId(), locale);
    }

    public String categoryName(RequestCategory category, Locale locale) {
        return catalog.categoryName(category, locale);
    }

    public List<CatalogService> services(TenantProfile profile, Locale locale) {
        return catalog.services(profile.organisationId(), locale);
    }

    public List<ProblemClassification> classifications(
            TenantProfile profile, RequestCategory category, String serviceId, Locale locale) {
        return catalog.classifications(profile.organisationId(), category, serviceId, locale);
    }
}
