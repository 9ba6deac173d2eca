package org.helpline.shared;

/** The user is signed in but their roles do not allow the action. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super(403, "forbidden", detail);
    }
}
