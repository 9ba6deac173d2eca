package org.helpline.identity.internal;

import java.time.Clock;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following an invitation's link: the invited person chooses a password, which enables their
 * account and uses the link up. It signs nobody in; they sign in with the new password.
 */
@Service
public class InvitationAcceptance {

    private final Invitations invitations;
    private final Users users;
    private final Principals principals;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    InvitationAcceptance(
            Invitations invitations,
            Users users,
            Principals principals,
            PasswordEncoder passwords,
            AuditTrail audit,
            Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.principals = principals;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** The invitation of this link's token; refused when unknown (404), used or expired (410). */
    @Transactional(readOnly = true)
    public OpenInvitation invitation(String token) {
        var invitation = open(invitations.find(InvitationTokens.hash(token)).orElse(null));
        return users.findById(invitation.userId())
                .map(user -> new OpenInvitation(user.login(), user.name()))
                .orElseThrow(InvitationNotFoundException::new);
    }

    /** Sets the name and password, enables the account and uses the token up. */
    @Transactional
    public void accept(String token, String displayName, String password) {
        if (password == null || password.length() < 8) {
            throw new InvalidInputException("password", "must have at least 8 characters");
        }
        if (!HashablePassword.Check.fits(password)) {
            throw new InvalidInputException("password", "must be at most 72 characters of plain Latin");
        }
        var hash = InvitationTokens.hash(token);
        var invitation = open(invitations.findForUpdate(hash).orElse(null));
        var user = users.findById(invitation.userId()).orElseThrow(InvitationNotFoundException::new);
        users.setUp(user.id(), displayName.trim(), passwords.encode(password));
        invitations.markUsed(hash, clock.instant());
        principals.forget(user.id());
        audit.recordAnonymous(
                new AuditEntry.Subject(user.id(), user.login(), user.organisationId(), user.tenantId()),
                "user.invitation-accepted",
                AuditDetails.of("enabled", true));
    }

    /**
     * For a person whose domain signs in with single sign-on: enables the account without a
     * password (its hash stays that of a secret nobody holds) and uses the token up.
     */
    @Transactional
    public void acceptThroughProvider(String token) {
        var hash = InvitationTokens.hash(token);
        var invitation = open(invitations.findForUpdate(hash).orElse(null));
        var user = users.findById(invitation.userId()).orElseThrow(InvitationNotFoundException::new);
        users.setUp(user.id(), user.name(), user.passwordHash());
        invitations.markUsed(hash, clock.instant());
        principals.forget(user.id());
        audit.recordAnonymous(
                new AuditEntry.Subject(user.id(), user.login(), user.organisationId(), user.tenantId()),
                "user.invitation-accepted",
                AuditDetails.of("enabled", true).and("method", "SSO"));
    }

    private InvitationRow open(InvitationRow invitation) {
        if (invitation == null) {
            throw new InvitationNotFoundException();
        }
        if (!invitation.openAt(clock.instant())) {
            throw new InvitationGoneException();
        }
        return invitation;
    }
}
