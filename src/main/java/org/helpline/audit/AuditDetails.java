package org.helpline.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an audit entry says beyond its action and target, stored as {@code key: value; key: value}.
 * Keys are short lower-case English words; they are stored as written and the trail's viewer shows
 * each through its label {@code audit.detail.<key>} (spaces become dashes). Values are codes, names,
 * numbers or instants, which the viewer puts in the reader's words; a change reads {@code before ->
 * after} and a missing value {@code null}.
 */
public final class AuditDetails {

    /** What the audit column holds; longer details are cut. */
    public static final int MAX_LENGTH = 2000;

    static final String SEPARATOR = "; ";
    static final String ASSIGNMENT = ": ";
    static final String CHANGE = " -> ";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(?: [a-z0-9]+)*");
    private static final Pattern RECORDED_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[ -][A-Za-z0-9]+)*");

    private final List<Detail> details;

    private AuditDetails(List<Detail> details) {
        this.details = List.copyOf(details);
    }

    /** One recorded key and its value as text. */
    public record Detail(String key, String value) {}

    /** Details that say nothing yet, to be extended with {@link #and}. */
    public static AuditDetails none() {
        return new AuditDetails(List.of());
    }

    public static AuditDetails of(String key, Object value) {
        return none().and(key, value);
    }

    public AuditDetails and(String key, Object value) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("An audit detail key is lower-case words: " + key);
        }
        var more = new ArrayList<>(details);
        more.add(new Detail(key, String.valueOf(value)));
        return new AuditDetails(more);
    }

    /** Adds the value unless it is missing. */
    public AuditDetails andIfPresent(String key, Object value) {
        return value == null ? this : and(key, value);
    }

    /** Adds {@code before -> after}, whether or not they differ. */
    public AuditDetails andChange(String key, Object before, Object after) {
        return and(key, before + CHANGE + after);
    }

    /** Adds {@code before -> after} only when they differ. */
    public AuditDetails andIfChanged(String key, Object before, Object after) {
        return Objects.equals(before, after) ? this : andChange(key, before, after);
    }

    /** Adds what was added to ({@code +[...]}) and removed from ({@code -[...]}) a list, if anything. */
    public AuditDetails andIfListChanged(String key, Collection<?> before, Collection<?> after) {
        var added = after.stream().filter(value -> !before.contains(value)).toList();
        var removed = before.stream().filter(value -> !after.contains(value)).toList();
        var change = new ArrayList<String>();
        if (!added.isEmpty()) {
            change.add("+" + added);
        }
        if (!removed.isEmpty()) {
            change.add("-" + removed);
        }
        return change.isEmpty() ? this : and(key, String.join(" ", change));
    }

    public boolean isEmpty() {
        return details.isEmpty();
    }

    /** The details as stored, cut to {@link #MAX_LENGTH}. */
    public String text() {
        var text = String.join(
                SEPARATOR,
                details.stream().map(d -> d.key() + ASSIGNMENT + d.value()).toList());
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
    }

    /**
     * The details of a recorded text, or empty for text that does not start with a key, such as
     * entries recorded before details had keys. A part without a key (a value that held the
     * separator) stays with the value before it.
     */
    public static Optional<List<Detail>> read(String recorded) {
        if (recorded == null || recorded.isEmpty()) {
            return Optional.empty();
        }
        var read = new ArrayList<Detail>();
        for (var part : recorded.split(SEPARATOR, -1)) {
            var colon = part.indexOf(ASSIGNMENT);
            var key = colon < 0 ? "" : part.substring(0, colon);
            if (RECORDED_KEY.matcher(key).matches()) {
                read.add(new Detail(key, part.substring(colon + ASSIGNMENT.length())));
            } else if (read.isEmpty()) {
                return Optional.empty();
            } else {
                var last = read.remove(read.size() - 1);
                read.add(new Detail(last.key(), last.value() + SEPARATOR + part));
            }
        }
        return Optional.of(read);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditDetails that && details.equals(that.details);
    }

    @Override
    public int hashCode() {
        return details.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
