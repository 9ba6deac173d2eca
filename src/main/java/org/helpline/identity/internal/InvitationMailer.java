package org.helpline.identity.internal;

import java.time.Instant;
import java.util.Locale;
import org.helpline.identity.TenantPeople;
import org.helpline.notify.Outbox;
import org.helpline.notify.OutgoingMessage;
import org.helpline.platform.PublicUrl;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Component;

/** Writes an invitation's e-mail into the outbox; its link is a secret, erased once delivered. */
@Component
class InvitationMailer {

    static final String TEMPLATE = "identity/mail/invitation";

    private final Outbox outbox;
    private final PublicUrl publicUrl;

    InvitationMailer(Outbox outbox, PublicUrl publicUrl) {
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    void send(UserRow invited, TenantProfile tenant, String token, Instant expiresAt) {
        var message = OutgoingMessage.email(
                        invited.login(),
                        locale(invited.language(), tenant),
                        "identity.mail.invitation.subject",
                        TEMPLATE)
                .with("name", invited.name())
                .with("tenant", tenant.name())
                .with("hours", String.valueOf(TenantPeople.INVITATION_VALIDITY.toHours()))
                .with(OutgoingMessage.subjectArgument(0), tenant.name())
                .withSecret("link", publicUrl.link("/invitations/" + token))
                .notAfter(expiresAt);
        outbox.enqueue(message);
    }

    private static Locale locale(String language, TenantProfile tenant) {
        if (language == null) {
            return tenant.language();
        }
        return language.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(language);
    }
}
