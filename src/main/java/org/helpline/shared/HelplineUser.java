package org.helpline.shared;

import java.io.Serial;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: who, with which roles, for which tenant, support
 * organisation or partner, and how they read (language, time zone).
 *
 * <p>It is the Spring Security principal of sessions (serialised into the session table) and of
 * API calls, so modules take the tenant from here and never from a request parameter.
 */
public final class HelplineUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String login;
    private final String name;
    private final Set<Role> roles;
    private final UUID tenantId;
    private final String organisationId;
    private final UUID partnerId;
    private final Locale chosenLocale;
    private final Locale organisationLocale;
    private final ZoneId zone;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    public HelplineUser(Account account, String passwordHash, boolean enabled, boolean locked) {
        this.id = account.id();
        this.login = account.login();
        this.name = account.name();
        this.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        this.tenantId = account.tenantId();
        this.organisationId = account.organisationId();
        this.partnerId = account.partnerId();
        this.chosenLocale = account.chosenLocale();
        this.organisationLocale = account.organisationLocale();
        this.zone = account.zone();
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    /** The facts a principal is built from. {@code chosenLocale} is null until the user picks one. */
    public record Account(
            UUID id,
            String login,
            String name,
            Set<Role> roles,
            UUID tenantId,
            String organisationId,
            UUID partnerId,
            Locale chosenLocale,
            Locale organisationLocale,
            ZoneId zone) {}

    /** The user of the current request, if one is signed in. */
    public static Optional<HelplineUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HelplineUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public HelplineUser withChosenLocale(Locale locale) {
        var account = new Account(
                id, login, name, roles, tenantId, organisationId, partnerId, locale, organisationLocale, zone);
        return new HelplineUser(account, null, enabled, locked);
    }

    public UUID id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String name() {
        return name;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean isTenantAdmin() {
        return Role.anyTenantAdmin(roles);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(role -> role.kind() == Role.Kind.STAFF);
    }

    /** The tenant of a customer account; empty for staff and partner agents. */
    public Optional<UUID> tenantId() {
        return Optional.ofNullable(tenantId);
    }

    public String organisationId() {
        return organisationId;
    }

    public Optional<UUID> partnerId() {
        return Optional.ofNullable(partnerId);
    }

    public Optional<Locale> chosenLocale() {
        return Optional.ofNullable(chosenLocale);
    }

    public Locale organisationLocale() {
        return organisationLocale;
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HelplineUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "HelplineUser[" + login + "]";
    }
}
