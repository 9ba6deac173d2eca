package org.helpline.scim.api;

import org.helpline.scim.internal.ScimException;
import org.helpline.scim.internal.ScimResponses;
import org.helpline.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Errors of the SCIM endpoints as SCIM errors (RFC 7644, 3.12), never as problem details. */
@ControllerAdvice(
        assignableTypes = {ScimUserController.class, ScimGroupController.class, ScimDiscoveryController.class})
class ScimErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ScimErrorAdvice.class);

    /** Looked up on the first error: web slices of other modules load this advice without SCIM's beans. */
    private final ObjectProvider<ScimRepresentations> scim;

    ScimErrorAdvice(ObjectProvider<ScimRepresentations> scim) {
        this.scim = scim;
    }

    @ExceptionHandler(ScimException.class)
    ResponseEntity<String> refused(ScimException e) {
        return error(e.status(), e.scimType(), e.getMessage());
    }

    /** Identity's refusals that SCIM has no word of its own for: the last global admin, a stale edit. */
    @ExceptionHandler(ProblemException.class)
    ResponseEntity<String> refused(ProblemException e) {
        return error(e.status(), e.status() == 400 ? "invalidValue" : null, e.getMessage());
    }

    /** Two directories' calls creating the same login or group at once: the database's unique key decides. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<String> conflict(DataIntegrityViolationException e) {
        return error(409, "uniqueness", "Another resource has this userName or displayName");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<String> method(HttpRequestMethodNotSupportedException e) {
        return error(405, null, "This endpoint does not take " + e.getMethod());
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e) {
        log.error("A SCIM call failed", e);
        return error(500, null, "The request failed on the server; it was logged");
    }

    private ResponseEntity<String> error(int status, String scimType, String detail) {
        return scim.getObject().answer(status, ScimResponses.error(status, scimType, detail), null, null);
    }
}
