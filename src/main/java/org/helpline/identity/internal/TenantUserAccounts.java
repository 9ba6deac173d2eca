package org.helpline.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.identity.Invitation;
import org.helpline.identity.SessionsRevoked;
import org.helpline.identity.TenantPeople;
import org.helpline.identity.TenantPerson;
import org.helpline.identity.UserManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database-backed {@link TenantPeople}; following an invitation is {@link InvitationAcceptance}'s. */
@Service
class TenantUserAccounts implements TenantPeople {

    private final Users users;
    private final Invitations invitations;
    private final InvitationIssuer issuer;
    private final TenantAccess access;
    private final TenantGlobalAdmins globalAdmins;
    private final RoleRules roleRules;
    private final Principals principals;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenantUserAccounts(
            Users users,
            Invitations invitations,
            InvitationIssuer issuer,
            TenantAccess access,
            TenantGlobalAdmins globalAdmins,
            RoleRules roleRules,
            Principals principals,
            PasswordEncoder passwords,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.invitations = invitations;
        this.issuer = issuer;
        this.access = access;
        this.globalAdmins = globalAdmins;
        this.roleRules = roleRules;
        this.principals = principals;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public List<TenantPerson> people(HelplineUser actor, UUID tenantId) {
        access.tenant(actor, tenantId);
        return users.tenantPeople(tenantId, null, clock.instant());
    }

    @Transactional
    @Override
    public TenantPerson invite(HelplineUser actor, UUID tenantId, Invitation invitation) {
        var tenant = access.tenant(actor, tenantId);
        var email = Users.normalise(invitation.email());
        if (users.existsByLogin(email)) {
            throw new InvalidInputException("email", "is already taken");
        }
        roleRules.check(tenant.organisationId(), tenantId, null, invitation.roles());
        if (invitation.language() != null && !UserManagement.LANGUAGES.contains(invitation.language())) {
            throw new InvalidInputException("language", "must be one of pl, en, zh-CN");
        }
        var now = clock.instant();
        var row = new UserRow(
                UUID.randomUUID(),
                email,
                invitation.displayName().trim(),
                passwords.encode(InvitationTokens.newToken()),
                tenantId,
                tenant.organisationId(),
                null,
                invitation.language(),
                null,
                false,
                0,
                EnumSet.copyOf(invitation.roles()));
        users.insert(row, now);
        issuer.invite(row, tenant, now);
        audit.record("user.invited", tenantId, email, AuditDetails.of("roles", row.roles()));
        return person(tenantId, row.id());
    }

    @Transactional
    @Override
    public TenantPerson inviteAgain(HelplineUser actor, UUID tenantId, UUID userId) {
        var tenant = access.tenant(actor, tenantId);
        var user = member(tenantId, userId);
        if (!invitations.awaitingAcceptance(userId)) {
            throw new InvitationAcceptedException();
        }
        var now = clock.instant();
        invitations.expireOpen(userId, now);
        issuer.invite(user, tenant, now);
        audit.record("user.invited-again", tenantId, user.login(), AuditDetails.none());
        return person(tenantId, userId);
    }

    @Transactional
    @Override
    public TenantPerson change(
            HelplineUser actor, UUID tenantId, UUID userId, Set<Role> roles, boolean enabled, Long version) {
        access.tenant(actor, tenantId);
        var before = member(tenantId, userId);
        roleRules.check(before.organisationId(), tenantId, null, roles);
        if (!(enabled && roles.contains(Role.GLOBAL_ADMIN))) {
            globalAdmins.keepOneBesides(before, enabled ? "roles" : "enabled");
        }
        users.changeRolesAndStatus(userId, roles, enabled, version == null ? before.version() : version);
        principals.forget(userId);
        audit.record(
                "user.roles-changed",
                tenantId,
                before.login(),
                AuditDetails.none()
                        .andChange("roles", EnumSet.copyOf(before.roles()), EnumSet.copyOf(roles))
                        .andChange("enabled", before.enabled(), enabled));
        events.publishEvent(new SessionsRevoked(userId, before.login(), null));
        return person(tenantId, userId);
    }

    @Transactional
    @Override
    public void remove(HelplineUser actor, UUID tenantId, UUID userId) {
        access.tenant(actor, tenantId);
        var before = member(tenantId, userId);
        globalAdmins.keepOneBesides(before, "userId");
        users.delete(userId, tenantId);
        principals.forget(userId);
        audit.record("user.removed", tenantId, before.login(), AuditDetails.of("roles", before.roles()));
        events.publishEvent(new SessionsRevoked(userId, before.login(), null));
    }

    private UserRow member(UUID tenantId, UUID userId) {
        return users.findById(userId)
                .filter(user -> tenantId.equals(user.tenantId()))
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    private TenantPerson person(UUID tenantId, UUID userId) {
        return users.tenantPerson(tenantId, userId, clock.instant())
                .orElseThrow(() -> new NotFoundException("User", userId));
    }
}
