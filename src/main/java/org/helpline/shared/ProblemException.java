package org.helpline.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A refusal the caller can act on. The web layer turns it into an RFC 9457 problem detail whose
 * {@code type} ends in {@link #slug()}; modules subclass it with names that say what happened.
 */
public abstract class ProblemException extends RuntimeException {

    public static final String TYPE_BASE = "https://helpline.example/problems/";

    private final int status;
    private final String slug;
    private final List<FieldProblem> fieldProblems;

    protected ProblemException(int status, String slug, String detail) {
        this(status, slug, detail, List.of());
    }

    protected ProblemException(int status, String slug, String detail, List<FieldProblem> fieldProblems) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /** One field that broke a rule. */
    public record FieldProblem(String field, String message) {}

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** Further members of the problem detail, e.g. hints for the user. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
