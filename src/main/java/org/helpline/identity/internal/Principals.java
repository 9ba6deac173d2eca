package org.helpline.identity.internal;

import java.time.ZoneId;
import java.util.Locale;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * Builds the principal of a user. The time zone is the user's own, else their tenant's, else their
 * organisation's; the language is the one the user chose, else (after the browser's preference)
 * the tenant's or the organisation's default.
 */
@Component
public class Principals {

    private final TenantManagement tenants;

    Principals(TenantManagement tenants) {
        this.tenants = tenants;
    }

    public HelplineUser principalOf(UserRow user) {
        var organisation = tenants.organisation(user.organisationId());
        var tenant = user.tenantId() == null ? null : tenants.profile(user.tenantId());
        ZoneId zone = user.timeZone() != null
                ? ZoneId.of(user.timeZone())
                : tenant != null ? tenant.zone() : organisation.zone();
        Locale defaultLocale = tenant != null ? tenant.language() : organisation.defaultLanguage();
        Locale chosen = user.language() == null ? null : Locale.forLanguageTag(user.language());
        var account = new HelplineUser.Account(
                user.id(),
                user.login(),
                user.name(),
                user.roles(),
                user.tenantId(),
                user.organisationId(),
                user.partnerId(),
                chosen,
                defaultLocale,
                zone);
        return new HelplineUser(account, user.passwordHash(), user.enabled(), false);
    }
}
