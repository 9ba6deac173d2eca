package org.helpline.identity.internal;

import org.helpline.shared.ProblemException;

/** No invitation has this link: mistyped, or its user was removed. */
public class InvitationNotFoundException extends ProblemException {

    InvitationNotFoundException() {
        super(404, "invitation-not-found", "There is no invitation with this link.");
    }
}
