package org.helpline.identity.internal;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.helpline.platform.Caches;
import org.helpline.platform.SharedCache;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * Builds the principal of a user. The time zone is the user's own, else their tenant's, else their
 * organisation's; the language is the one the user chose, else (after the browser's preference)
 * the tenant's or the organisation's default.
 *
 * <p>The principals of API-token callers are kept, so that a busy client does not rebuild its user,
 * tenant and organisation on every call; {@link org.helpline.identity.UserManagement} forgets one
 * with every change of the user, on every node as soon as the change commits.
 */
@Component
public class Principals {

    private final TenantManagement tenants;
    private final Users users;
    private final SharedCache<UUID, HelplineUser> recentlyBuilt;

    Principals(TenantManagement tenants, Users users, Caches caches) {
        this.tenants = tenants;
        this.users = users;
        this.recentlyBuilt = caches.shared("identity.principals", 10_000);
    }

    /** The principal of the user with this id, as kept since it was last built. */
    public Optional<HelplineUser> kept(UUID userId) {
        return Optional.ofNullable(recentlyBuilt.get(
                userId, id -> users.findById(id).map(this::principalOf).orElse(null)));
    }

    /** Call it with each change of the user. */
    public void forget(UUID userId) {
        recentlyBuilt.evict(userId);
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
