package org.helpline.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.identity.DirectoryProvisioning;
import org.helpline.identity.DirectoryUser;
import org.helpline.identity.SessionsRevoked;
import org.helpline.identity.UserManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database-backed {@link DirectoryProvisioning}. A provisioned user's password hash is that of
 * a random secret nobody holds until they follow their invitation; a user of a domain the tenant
 * signs in through its own provider gets no invitation: they sign in there. A deactivated user's
 * open invitations are closed, so following one cannot enable them again.
 */
@Service
class DirectoryAccounts implements DirectoryProvisioning {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final Users users;
    private final Invitations invitations;
    private final InvitationIssuer issuer;
    private final SsoDirectory singleSignOn;
    private final TenantAccess access;
    private final TenantManagement tenants;
    private final RoleRules roleRules;
    private final TenantGlobalAdmins globalAdmins;
    private final Principals principals;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryAccounts(
            Users users,
            Invitations invitations,
            InvitationIssuer issuer,
            SsoDirectory singleSignOn,
            TenantAccess access,
            TenantManagement tenants,
            RoleRules roleRules,
            TenantGlobalAdmins globalAdmins,
            Principals principals,
            PasswordEncoder passwords,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.invitations = invitations;
        this.issuer = issuer;
        this.singleSignOn = singleSignOn;
        this.access = access;
        this.tenants = tenants;
        this.roleRules = roleRules;
        this.globalAdmins = globalAdmins;
        this.principals = principals;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public void checkMayConnect(HelplineUser actor, UUID tenantId) {
        access.tenant(actor, tenantId);
    }

    @Transactional(readOnly = true)
    @Override
    public List<DirectoryUser> users(UUID tenantId) {
        return users.directoryUsers(tenantId, null);
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<DirectoryUser> find(UUID tenantId, UUID userId) {
        return users.directoryUsers(tenantId, userId).stream().findFirst();
    }

    @Transactional
    @Override
    public DirectoryUser create(UUID tenantId, DirectoryUser.Profile profile) {
        var tenant = tenants.profile(tenantId);
        check(profile);
        if (users.existsByLogin(profile.login())) {
            throw new InvalidInputException("login", "is already taken");
        }
        roleRules.check(tenant.organisationId(), tenantId, null, Set.of(Role.USER));
        var now = clock.instant();
        var row = new UserRow(
                UUID.randomUUID(),
                Users.normalise(profile.login()),
                profile.displayName().strip(),
                passwords.encode(InvitationTokens.newToken()),
                tenantId,
                tenant.organisationId(),
                null,
                profile.language(),
                null,
                profile.active(),
                0,
                EnumSet.of(Role.USER));
        users.insert(row, now);
        if (profile.active() && !singleSignOn.signsInThroughProvider(tenantId, row.login())) {
            issuer.invite(row, tenant, now);
        }
        audit.record(
                "user.provisioned",
                tenantId,
                row.login(),
                AuditDetails.of("roles", row.roles()).and("enabled", profile.active()));
        return existing(tenantId, row.id());
    }

    @Transactional
    @Override
    public DirectoryUser update(UUID tenantId, UUID userId, DirectoryUser.Profile profile) {
        var before = member(tenantId, userId);
        check(profile);
        var login = Users.normalise(profile.login());
        var name = profile.displayName().strip();
        if (login.equals(before.login())
                && name.equals(before.name())
                && Objects.equals(profile.language(), before.language())
                && profile.active() == before.enabled()) {
            return existing(tenantId, userId);
        }
        boolean renamed = !login.equals(before.login());
        if (renamed && users.existsByLogin(login)) {
            throw new InvalidInputException("login", "is already taken");
        }
        if (!profile.active()) {
            globalAdmins.keepOneBesides(before, "active");
        }
        users.changeProfile(
                userId, new DirectoryUser.Profile(login, name, profile.language(), profile.active()), before.version());
        principals.forget(userId);
        var now = clock.instant();
        if (!profile.active()) {
            invitations.expireOpen(userId, now);
        } else if (!before.enabled()
                && neverSignedIn(tenantId, userId)
                && !invitations.openFor(userId, now)
                && !singleSignOn.signsInThroughProvider(tenantId, login)) {
            issuer.invite(users.findById(userId).orElseThrow(), tenants.profile(tenantId), now);
        }
        audit.record(
                "user.profile-changed",
                tenantId,
                login,
                AuditDetails.none()
                        .andIfChanged("login", before.login(), login)
                        .andIfChanged("name", before.name(), name)
                        .andIfChanged("language", before.language(), profile.language())
                        .andIfChanged("enabled", before.enabled(), profile.active()));
        if (renamed || (before.enabled() && !profile.active())) {
            events.publishEvent(new SessionsRevoked(userId, before.login(), null));
        }
        return existing(tenantId, userId);
    }

    @Transactional
    @Override
    public DirectoryUser setRoles(UUID tenantId, UUID userId, Set<Role> roles) {
        var before = member(tenantId, userId);
        if (before.roles().equals(roles)) {
            return existing(tenantId, userId);
        }
        roleRules.check(before.organisationId(), tenantId, null, roles);
        if (!roles.contains(Role.GLOBAL_ADMIN)) {
            globalAdmins.keepOneBesides(before, "roles");
        }
        users.changeRolesAndStatus(userId, roles, before.enabled(), before.version());
        principals.forget(userId);
        audit.record(
                "user.roles-changed",
                tenantId,
                before.login(),
                AuditDetails.none().andChange("roles", EnumSet.copyOf(before.roles()), EnumSet.copyOf(roles)));
        events.publishEvent(new SessionsRevoked(userId, before.login(), null));
        return existing(tenantId, userId);
    }

    @Transactional
    @Override
    public void delete(UUID tenantId, UUID userId) {
        var before = member(tenantId, userId);
        globalAdmins.keepOneBesides(before, "userId");
        users.delete(userId, tenantId);
        principals.forget(userId);
        audit.record("user.removed", tenantId, before.login(), AuditDetails.of("roles", before.roles()));
        events.publishEvent(new SessionsRevoked(userId, before.login(), null));
    }

    private static void check(DirectoryUser.Profile profile) {
        var login = profile.login() == null ? "" : profile.login().strip();
        if (login.length() > 254 || !EMAIL.matcher(login).matches()) {
            throw new InvalidInputException("login", "must be an e-mail address of at most 254 characters");
        }
        var name = profile.displayName() == null ? "" : profile.displayName().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("displayName", "must be 1 to 200 characters");
        }
        if (profile.language() != null && !UserManagement.LANGUAGES.contains(profile.language())) {
            throw new InvalidInputException("language", "must be one of pl, en, zh-CN");
        }
    }

    private boolean neverSignedIn(UUID tenantId, UUID userId) {
        return users.tenantPerson(tenantId, userId, clock.instant())
                .map(person -> person.lastSignInAt() == null)
                .orElse(false);
    }

    private UserRow member(UUID tenantId, UUID userId) {
        return users.findById(userId)
                .filter(user -> Objects.equals(tenantId, user.tenantId()))
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    private DirectoryUser existing(UUID tenantId, UUID userId) {
        return find(tenantId, userId).orElseThrow(() -> new NotFoundException("User", userId));
    }
}
