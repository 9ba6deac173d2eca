package org.helpline.phone.internal;

import org.helpline.shared.ProblemException;

/** A step of a call that cannot be taken now: the call ended, it is verified already, or too many codes were sent. */
public class CallRefusedException extends ProblemException {

    CallRefusedException(int status, String slug, String detail) {
        super(status, slug, detail);
    }

    public static CallRefusedException ended() {
        return new CallRefusedException(409, "call-ended", "The call has ended.");
    }

    public static CallRefusedException alreadyVerified() {
        return new CallRefusedException(409, "already-verified", "The caller is verified for this call already.");
    }
}
