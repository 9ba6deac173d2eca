package org.helpline.mail;

import java.util.Map;
import java.util.Set;
import org.helpline.shared.HelplineUser;

/** Which request e-mails a tenant admin gets; every kind is on until the admin turns it off. */
public interface MailPreferences {

    /** Every kind with whether {@code admin} gets it. */
    Map<RequestMailKind, Boolean> of(HelplineUser admin);

    /** Keeps exactly the kinds in {@code enabled} on for {@code admin}. */
    void choose(HelplineUser admin, Set<RequestMailKind> enabled);
}
