package org.helpline.identity.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.AuditTrail;
import org.helpline.identity.DirectoryRoles;
import org.helpline.identity.SessionsRevoked;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.tenancy.EmailAddresses;
import org.helpline.tenancy.TenantManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a provider's verified ID token signs in as. The e-mail's domain must belong to the provider
 * that answered; the account is created at the first sign-in (enabled, with no password anyone
 * knows) and its roles are set from the roles claim at every sign-in: the directory wins, even over
 * the rule that keeps a tenant's last global admin. A changed role ends the user's other sessions.
 */
@Service
class SsoAccounts {

    private final Users users;
    private final TenantSsoRows settings;
    private final DirectoryRoles directoryRoles;
    private final StaffSsoProperties staff;
    private final TenantManagement tenants;
    private final Principals principals;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SsoAccounts(
            Users users,
            TenantSsoRows settings,
            DirectoryRoles directoryRoles,
            StaffSsoProperties staff,
            TenantManagement tenants,
            Principals principals,
            PasswordEncoder passwords,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.settings = settings;
        this.directoryRoles = directoryRoles;
        this.staff = staff;
        this.tenants = tenants;
        this.principals = principals;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public HelplineUser signIn(String registrationId, OidcUser provided) {
        var email = emailOf(provided);
        var domain = SsoClientRegistrations.domainOf(email);
        if (StaffSsoProperties.REGISTRATION_ID.equals(registrationId)) {
            if (!staff.owns(domain)) {
                throw new SsoRefusedException("foreign_domain", email, "not at a staff domain");
            }
            var roles = staffRoles(claimValues(provided, staff.rolesClaim()));
            if (roles.isEmpty()) {
                throw new SsoRefusedException("no_staff_role", email, "no mapped staff role");
            }
            return signedIn(email, provided, null, staff.organisation(), roles);
        }
        var tenantId = UUID.fromString(registrationId);
        var sso = settings.find(tenantId)
                .orElseThrow(() -> new SsoRefusedException("client_registration_not_found", email, "no provider"));
        if (!sso.domains().contains(domain)) {
            throw new SsoRefusedException("foreign_domain", email, "not at a domain of the tenant");
        }
        Set<Role> roles = directoryRoles.rolesFor(tenantId, claimValues(provided, sso.rolesClaim()));
        if (roles.isEmpty()) {
            roles = EnumSet.of(Role.USER);
        }
        return signedIn(email, provided, tenantId, tenants.profile(tenantId).organisationId(), roles);
    }

    private HelplineUser signedIn(
            String email, OidcUser provided, UUID tenantId, String organisationId, Set<Role> roles) {
        var existing = users.findByLogin(email);
        if (existing.isEmpty()) {
            var row = new UserRow(
                    UUID.randomUUID(),
                    email,
                    nameOf(provided, email),
                    passwords.encode(InvitationTokens.newToken()),
                    tenantId,
                    organisationId,
                    null,
                    null,
                    null,
                    true,
                    0,
                    EnumSet.copyOf(roles));
            users.insert(row, clock.instant());
            audit.recordAnonymous(
                    subject(row),
                    "user.created",
                    AuditDetails.of("roles", row.roles()).and("reason", "SSO"));
            return principals.principalOf(row);
        }
        var user = existing.get();
        if (!Objects.equals(user.tenantId(), tenantId)
                || !user.organisationId().equals(organisationId)
                || user.partnerId() != null) {
            throw new SsoRefusedException("account_elsewhere", email, "belongs to another tenant or organisation");
        }
        if (!user.enabled()) {
            throw new SsoRefusedException("disabled", email, "disabled");
        }
        if (!EnumSet.copyOf(user.roles()).equals(EnumSet.copyOf(roles))) {
            users.changeRolesAndStatus(user.id(), roles, true, user.version());
            principals.forget(user.id());
            audit.recordAnonymous(
                    subject(user),
                    "user.roles-changed",
                    AuditDetails.none()
                            .andChange("roles", EnumSet.copyOf(user.roles()), EnumSet.copyOf(roles))
                            .and("reason", "SSO"));
            events.publishEvent(new SessionsRevoked(user.id(), user.login(), null));
            user = user.withRoles(roles);
        }
        return principals.principalOf(user);
    }

    /** The staff roles the values map to, ignoring case; other values are not staff roles. */
    private Set<Role> staffRoles(Collection<String> values) {
        var roles = EnumSet.noneOf(Role.class);
        staff.roleMapping().forEach((value, role) -> {
            if (values.stream().anyMatch(given -> given.equalsIgnoreCase(value))) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** The claim's values: a list, or one string of values separated by commas or spaces. */
    static List<String> claimValues(OidcUser provided, String claim) {
        Object value = provided.getClaims().get(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.strip().split("[,\\s]+"));
        }
        return List.of();
    }

    /** The verified e-mail (or, from Entra ID, the user principal name when it is an address). */
    private static String emailOf(OidcUser provided) {
        if (Boolean.FALSE.equals(provided.getEmailVerified())) {
            throw new SsoRefusedException("no_email", null, "the provider has not verified the e-mail");
        }
        var email = provided.getEmail() != null ? provided.getEmail() : provided.getPreferredUsername();
        if (email == null || !EmailAddresses.isValid(email)) {
            throw new SsoRefusedException("no_email", null, "the ID token names no e-mail address");
        }
        return Users.normalise(email).toLowerCase(Locale.ROOT);
    }

    private static String nameOf(OidcUser provided, String email) {
        var name = provided.getFullName();
        if (name == null || name.isBlank()) {
            name = email.substring(0, email.indexOf('@'));
        }
        return name.length() > 200 ? name.substring(0, 200) : name.strip();
    }

    private static AuditEntry.Subject subject(UserRow user) {
        return new AuditEntry.Subject(user.id(), user.login(), user.organisationId(), user.tenantId());
    }
}
