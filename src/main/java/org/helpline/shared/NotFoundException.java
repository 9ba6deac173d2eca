package org.helpline.shared;

/**
 * Something the caller asked for does not exist for them. Also used when it exists for another
 * tenant, so that ids of other tenants cannot be probed.
 */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(404, "not-found", what + " " + id + " was not found.");
    }
}
