package org.helpline.web.internal;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.helpline.shared.ProblemException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * Turns every refusal of the JSON API into an RFC 9457 problem detail: a stable {@code type} per
 * error, and an {@code errors} array of {@code {field, message}} for invalid input. Nothing the
 * caller sends may end in a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);
    private static final String WRONG_TYPE = "has the wrong type or format";

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> domain(ProblemException e) {
        var problem = problem(HttpStatus.valueOf(e.status()), e.slug(), e.getMessage(), e.fieldProblems());
        e.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        var fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        var global = e.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage()))
                .toList();
        var all = new java.util.ArrayList<>(fields);
        all.addAll(global);
        return respond(problem(
                HttpStatus.BAD_REQUEST, "invalid-input", "The request breaks " + all.size() + " rule(s).", all));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        var fields = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return respond(problem(
                HttpStatus.BAD_REQUEST, "invalid-input", "The request breaks " + fields.size() + " rule(s).", fields));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        var fields = e.getConstraintViolations().stream()
                .map(violation ->
                        new FieldProblem(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return respond(problem(
                HttpStatus.BAD_REQUEST, "invalid-input", "The request breaks " + fields.size() + " rule(s).", fields));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            var field = fieldPath(databind);
            var rule = rule(databind);
            return respond(problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-input",
                    field + " " + rule + ".",
                    List.of(new FieldProblem(field, rule))));
        }
        return respond(problem(
                HttpStatus.BAD_REQUEST, "unreadable-body", "The body is not valid JSON for this request.", List.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        var rule = e.getMostSpecificCause() instanceof NulCharacters.InParameter ? NulCharacters.RULE : WRONG_TYPE;
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                e.getName() + " " + rule + ".",
                List.of(new FieldProblem(e.getName(), rule))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                e.getParameterName() + " is required.",
                List.of(new FieldProblem(e.getParameterName(), "is required"))));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this.", List.of()));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> stale(RuntimeException e) {
        return respond(
                problem(HttpStatus.CONFLICT, "stale-edit", "Someone else changed this; reload and retry.", List.of()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return respond(problem(HttpStatus.CONFLICT, "duplicate", "This already exists.", List.of()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", e.getMessage(), List.of()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Send application/json.", List.of()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "There is nothing at this address.", List.of()));
    }

    /** A body that claims to be a multipart form but cannot be taken apart, such as one without a boundary. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        if (e instanceof ErrorResponse refusal) {
            return refused(refusal);
        }
        return respond(problem(
                HttpStatus.BAD_REQUEST, "unreadable-body", "The body is not a well-formed multipart form.", List.of()));
    }

    /** Query or form parameters the server cannot decode: broken percent-encoding, bytes that are no UTF-8. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e) {
        return respond(problem(
                clientError(e.getErrorCode()),
                "unreadable-parameters",
                "The parameters cannot be read: send them percent-encoded UTF-8.",
                List.of()));
    }

    /**
     * Anything else. Spring's own refusals of a request (an Accept header nothing matches, a path
     * variable that converts to nothing, a missing header, ...) carry their 4xx status; they are
     * the caller's error, answered as such. The rest is ours.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            return refused(refusal);
        }
        log.error("Unexpected error in the API", e);
        return respond(
                problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side.", List.of()));
    }

    private static ResponseEntity<ProblemDetail> refused(ErrorResponse refusal) {
        var status = clientError(refusal.getStatusCode().value());
        var slug = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        return respond(problem(status, slug, refusal.getBody().getDetail(), List.of()));
    }

    /** The 4xx status of that code, or 400 for any other. */
    static HttpStatus clientError(int code) {
        var status = HttpStatus.resolve(code);
        return status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST;
    }

    static ProblemDetail problem(HttpStatus status, String slug, String detail, List<FieldProblem> fields) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ProblemException.TYPE_BASE + slug));
        problem.setTitle(status.getReasonPhrase());
        if (!fields.isEmpty()) {
            problem.setProperty(
                    "errors",
                    fields.stream()
                            .map(field -> Map.of("field", field.field(), "message", String.valueOf(field.message())))
                            .toList());
        }
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String fieldPath(DatabindException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String rule(DatabindException e) {
        if (e instanceof NulCharacters.InJson) {
            return NulCharacters.RULE;
        }
        return e instanceof InvalidNullException ? "must not be null" : WRONG_TYPE;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
