package org.helpline.identity.internal;

import java.util.List;
import org.helpline.shared.ProblemException;

/** An invitation is sent again only to someone who has not accepted one: they sign in instead. */
public class InvitationAcceptedException extends ProblemException {

    InvitationAcceptedException() {
        super(
                409,
                "invitation-accepted",
                "The user has accepted an invitation already, or was never invited: they sign in.",
                List.of(new FieldProblem("userId", "has no invitation waiting to be accepted")));
    }
}
