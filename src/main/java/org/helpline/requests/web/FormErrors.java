package org.helpline.requests.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.helpline.shared.ProblemException;
import org.helpline.tenancy.PhoneNumbers;
import org.springframework.validation.BindingResult;

/**
 * The errors a form shows: by field (the API's {@code contact.phone} is the form's {@code phone},
 * its {@code contact.name} the form's {@code contactName})
 * and, for rules that are about the whole request, as sentences above the form. Each carries the
 * message key the page shows in the reader's language ({@code requests.error.title}), and the text
 * the check gave for when no key fits; the page names the field by its label.
 */
@org.springframework.modulith.NamedInterface("forms")
public record FormErrors(Map<String, Problem> fields, List<Problem> general) {

    /** One thing to fix: {@code code} is a message key, {@code text} what to show when the key is unknown. */
    public record Problem(String code, String text) {

        public Problem {
            text = text == null ? "" : text;
        }
    }

    private static final String DUTIES = "severity-a-duties";

    /** The fields in the order the form shows them, so the summary reads top to bottom. */
    private static final List<String> ORDER = List.of(
            "category",
            "serviceId",
            "problemClassification",
            "severity",
            "title",
            "description",
            "businessImpact",
            "contactName",
            "phone",
            "email",
            "preferredMethod",
            "language",
            "available24x7");

    public FormErrors {
        var ordered = new TreeMap<String, Problem>(
                Comparator.comparingInt((String field) -> ORDER.contains(field) ? ORDER.indexOf(field) : ORDER.size())
                        .thenComparing(Comparator.naturalOrder()));
        ordered.putAll(fields);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(ordered));
        general = List.copyOf(general);
    }

    public static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    /** Values the form could not even bind (a severity that is no severity): each field's own message. */
    public static FormErrors of(BindingResult binding) {
        var fields = new LinkedHashMap<String, Problem>();
        binding.getFieldErrors()
                .forEach(error ->
                        fields.putIfAbsent(error.getField(), new Problem("requests.error." + error.getField(), "")));
        return new FormErrors(fields, List.of());
    }

    public static FormErrors of(ProblemException problem) {
        var fields = new LinkedHashMap<String, Problem>();
        var general = new ArrayList<Problem>();
        var prefix = DUTIES.equals(problem.slug()) ? "requests.error.severityA." : "requests.error.";
        for (var field : problem.fieldProblems()) {
            var name = formField(field.field());
            fields.putIfAbsent(name, new Problem(prefix + name, field.message()));
        }
        if (problem.status() != 400 || fields.isEmpty()) {
            general.add(new Problem("requests.problem." + problem.slug(), problem.getMessage()));
        }
        return new FormErrors(fields, general);
    }

    private static String formField(String field) {
        return "contact.name".equals(field) ? "contactName" : field.replace("contact.", "");
    }

    /**
     * These errors and a phone number that is not one, so the form flags it in the same pass as the
     * other fields (the service reads the number only once the rest is valid).
     */
    public FormErrors withPhoneChecked(String phone, String region) {
        if (phone == null || phone.isBlank() || fields.containsKey("phone") || PhoneNumbers.isValid(phone, region)) {
            return this;
        }
        var all = new LinkedHashMap<>(fields);
        all.put("phone", new Problem("requests.error.phone", ""));
        return new FormErrors(all, general);
    }

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }
}
