package org.helpline.identity.internal;

import java.time.Instant;
import org.helpline.identity.TenantPeople;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Component;

/** Opens an invitation for a user and mails its one-time link; only the token's hash is stored. */
@Component
class InvitationIssuer {

    private final Invitations invitations;
    private final InvitationMailer mailer;

    InvitationIssuer(Invitations invitations, InvitationMailer mailer) {
        this.invitations = invitations;
        this.mailer = mailer;
    }

    void invite(UserRow user, TenantProfile tenant, Instant now) {
        var token = InvitationTokens.newToken();
        var expiresAt = now.plus(TenantPeople.INVITATION_VALIDITY);
        invitations.insert(InvitationTokens.hash(token), user.id(), now, expiresAt);
        mailer.send(user, tenant, token, expiresAt);
    }
}
