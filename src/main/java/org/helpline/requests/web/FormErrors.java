package org.helpline.requests.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpline.shared.ProblemException;
import org.springframework.validation.BindingResult;

/**
 * The errors a form shows: by field (the API's {@code contact.phone} is the form's {@code phone})
 * and, for rules that are about the whole request, as sentences above the form.
 */
@org.springframework.modulith.NamedInterface("forms")
public record FormErrors(Map<String, String> fields, List<String> general) {

    public static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    public static FormErrors of(BindingResult binding) {
        var fields = new LinkedHashMap<String, String>();
        binding.getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(), "has the wrong format"));
        return new FormErrors(fields, List.of());
    }

    public static FormErrors of(ProblemException problem) {
        var fields = new LinkedHashMap<String, String>();
        var general = new ArrayList<String>();
        for (var field : problem.fieldProblems()) {
            fields.putIfAbsent(field.field().replace("contact.", ""), field.message());
        }
        if (problem.status() != 400 || fields.isEmpty()) {
            general.add(problem.getMessage());
        }
        return new FormErrors(fields, general);
    }

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }
}
