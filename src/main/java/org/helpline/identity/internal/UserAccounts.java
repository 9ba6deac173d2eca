package org.helpline.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.identity.AdminContact;
import org.helpline.identity.Membership;
import org.helpline.identity.NewUser;
import org.helpline.identity.Placements;
import org.helpline.identity.SessionsRevoked;
import org.helpline.identity.UserAccount;
import org.helpline.identity.UserManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database-backed {@link UserManagement}. */
@Service("userManagement")
class UserAccounts implements UserManagement {

    private static final String PASSWORD_TOO_LONG =
            "must be at most 72 characters of plain Latin; accented letters and other scripts count 2 to 4 each";

    private final Users users;
    private final RoleRules roleRules;
    private final Principals principals;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TenantManagement tenants;
    private final Clock clock;

    UserAccounts(
            Users users,
            RoleRules roleRules,
            Principals principals,
            PasswordEncoder passwords,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TenantManagement tenants,
            Clock clock) {
        this.users = users;
        this.roleRules = roleRules;
        this.principals = principals;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional
    @Override
    public UserAccount create(String organisationId, NewUser command) {
        if (!HashablePassword.Check.fits(command.password())) {
            throw new InvalidInputException("password", PASSWORD_TOO_LONG);
        }
        return createWithHash(organisationId, command, passwords.encode(command.password()));
    }

    @Transactional
    @Override
    public UserAccount createWithHash(String organisationId, NewUser command, String passwordHash) {
        var login = command.login().trim().toLowerCase(Locale.ROOT);
        if (users.existsByLogin(login)) {
            throw new InvalidInputException("login", "is already taken");
        }
        roleRules.check(organisationId, command.tenantId(), command.partnerId(), command.roles());
        checkLanguage(command.language());
        var row = new UserRow(
                UUID.randomUUID(),
                login,
                command.name().trim(),
                passwordHash,
                command.tenantId(),
                organisationId,
                command.partnerId(),
                command.language(),
                null,
                true,
                0,
                EnumSet.copyOf(command.roles()));
        users.insert(row, clock.instant());
        audit.record(
                "user.created", command.tenantId(), login, AuditDetails.of("roles", EnumSet.copyOf(command.roles())));
        return row.toAccount();
    }

    @Transactional(readOnly = true)
    @Override
    public boolean exists(String login) {
        return users.existsByLogin(login);
    }

    @Transactional(readOnly = true)
    @Override
    public List<UserAccount> users(String organisationId, String query, int page, int size) {
        int limit = Math.max(1, Math.min(size, 200));
        return users.page(organisationId, query, Math.max(page, 0) * limit, limit).stream()
                .map(UserRow::toAccount)
                .toList();
    }

    @Transactional(readOnly = true)
    @Override
    public long countUsers(String organisationId, String query) {
        return users.count(organisationId, query);
    }

    @Transactional(readOnly = true)
    @Override
    public UserAccount user(String organisationId, UUID userId) {
        return users.findById(userId)
                .filter(user -> user.organisationId().equals(organisationId))
                .map(UserRow::toAccount)
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    @Transactional
    @Override
    public UserAccount changeRoles(String organisationId, UUID userId, Set<Role> roles, boolean enabled, long version) {
        var before = user(organisationId, userId);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "must name at least one role");
        }
        roleRules.check(organisationId, before.tenantId(), before.partnerId(), roles);
        users.changeRolesAndStatus(userId, roles, enabled, version);
        principals.forget(userId);
        audit.record(
                "user.roles-changed",
                before.tenantId(),
                before.login(),
                AuditDetails.none()
                        .andChange("roles", EnumSet.copyOf(before.roles()), EnumSet.copyOf(roles))
                        .andChange("enabled", before.enabled(), enabled));
        if (!enabled || !roles.containsAll(before.roles())) {
            events.publishEvent(new SessionsRevoked(userId, before.login(), null));
        }
        return user(organisationId, userId);
    }

    @Transactional
    @Override
    public void changePassword(UUID userId, String currentPassword, String newPassword, String keptSessionId) {
        if (!HashablePassword.Check.fits(newPassword)) {
            throw new InvalidInputException("newPassword", PASSWORD_TOO_LONG);
        }
        var user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        users.changePassword(userId, passwords.encode(newPassword));
        principals.forget(userId);
        audit.record(
                "user.password-changed", user.tenantId(), user.login(), AuditDetails.of("other sessions", "ENDED"));
        events.publishEvent(new SessionsRevoked(userId, user.login(), keptSessionId));
    }

    @Transactional
    @Override
    public HelplineUser changeLanguage(UUID userId, String language) {
        checkLanguage(language);
        users.changeLanguage(userId, language);
        principals.forget(userId);
        return users.findById(userId)
                .map(user -> principals.principalOf(user))
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    @Transactional(readOnly = true)
    @Override
    public List<AdminContact> adminsOf(UUID tenantId) {
        return users.tenantUsersWithAnyRole(tenantId, Role.tenantAdminRoles()).stream()
                .map(user -> new AdminContact(user.name(), user.login()))
                .toList();
    }

    private static void checkLanguage(String language) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "must be one of pl, en, zh-CN");
        }
    }

    @Transactional(readOnly = true)
    @Override
    public Membership membership(HelplineUser user) {
        var tenant = user.tenantId().map(tenants::profile).orElse(null);
        var partner = user.partnerId().flatMap(tenants::partner).orElse(null);
        return new Membership(tenant, partner, tenants.organisation(user.organisationId()));
    }

    @Transactional(readOnly = true)
    @Override
    public TenantProfile tenantOf(UserAccount user) {
        return user.tenantId() == null ? null : tenants.profile(user.tenantId());
    }

    @Transactional(readOnly = true)
    @Override
    public Placements placements(String organisationId) {
        var customers = tenants.tenants(organisationId, null, 0, 200).stream()
                .filter(tenant -> !tenant.keepsProspects())
                .toList();
        return new Placements(customers, tenants.partners(organisationId));
    }
}
