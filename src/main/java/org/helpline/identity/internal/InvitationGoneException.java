package org.helpline.identity.internal;

import org.helpline.shared.ProblemException;

/** The invitation's link was used already or has expired; an admin can invite again. */
public class InvitationGoneException extends ProblemException {

    InvitationGoneException() {
        super(410, "invitation-gone", "This invitation was used already or has expired.");
    }
}
