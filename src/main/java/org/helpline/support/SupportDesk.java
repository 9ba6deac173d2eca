package org.helpline.support;

import java.util.List;
import java.util.Optional;
import org.helpline.identity.AdminContact;
import org.helpline.identity.UserManagement;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.support.internal.AssistedSupportForAdminsOnly;
import org.helpline.support.internal.SupportHome;
import org.helpline.support.internal.SupportProperties;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who may use assisted support and assembles the Support home. Later modules (requests,
 * contact) call {@link #requireAssistedSupport(HelplineUser)} before they accept anything.
 */
@Service
public class SupportDesk {

    private final TenantManagement tenants;
    private final UserManagement users;
    private final SupportProperties properties;

    SupportDesk(TenantManagement tenants, UserManagement users, SupportProperties properties) {
        this.tenants = tenants;
        this.users = users;
        this.properties = properties;
    }

    /** Refuses anyone but a tenant admin, with the hints of R-1 for tenant users. */
    @Transactional(readOnly = true)
    public void requireAssistedSupport(HelplineUser user) {
        if (user.isTenantAdmin()) {
            return;
        }
        if (user.tenantId().isEmpty()) {
            throw new ForbiddenException("Assisted support is requested by the admins of a customer organisation.");
        }
        throw new AssistedSupportForAdminsOnly(adminsOf(user), properties);
    }

    @Transactional(readOnly = true)
    public SupportHome home(HelplineUser admin) {
        requireAssistedSupport(admin);
        var tenantId = admin.tenantId().orElseThrow();
        var profile = tenants.profile(tenantId);
        return new SupportHome(profile, users.adminsOf(tenantId), tenants.organisation(profile.organisationId()));
    }

    /**
     * The fallback line of the organisation serving this admin's tenant, for when the online
     * request does not work; empty where the organisation publishes none.
     */
    public Optional<FallbackPhone> fallbackPhone(HelplineUser admin) {
        if (admin.tenantId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(properties.fallbackPhones().get(admin.organisationId()))
                .map(FallbackPhone::of);
    }

    /** The admins a tenant user can turn to; empty for staff. */
    @Transactional(readOnly = true)
    public List<AdminContact> adminsOf(HelplineUser user) {
        return user.tenantId().map(users::adminsOf).orElse(List.of());
    }

    public SupportProperties properties() {
        return properties;
    }
}
