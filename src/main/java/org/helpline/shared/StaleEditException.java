package org.helpline.shared;

/** Someone else changed the record since it was read: the caller must reload and retry. */
public class StaleEditException extends ProblemException {

    public StaleEditException(String what, Object id) {
        super(409, "stale-edit", what + " " + id + " was changed by someone else; reload it and try again.");
    }
}
