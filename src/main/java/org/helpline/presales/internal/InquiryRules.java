package org.helpline.presales.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.helpline.tenancy.EmailAddresses;
import org.helpline.tenancy.PhoneNumbers;

/**
 * The rules of an inquiry, without a database: every field trimmed and checked, every broken rule
 * reported at once naming its field. The phone is optional and read in the prospect's country.
 */
final class InquiryRules {

    /** A person's name as a request's contact holds it. */
    static final int MAX_NAME = 120;

    static final int MAX_COMPANY = 200;
    static final int MAX_QUESTION = 5000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of("pl", "en", "zh-CN");

    private InquiryRules() {}

    /** @throws InvalidInputException naming every broken field */
    static CheckedInquiry check(NewInquiry inquiry, Set<String> topics) {
        var problems = new ArrayList<FieldProblem>();
        var name = field(problems, () -> text("name", inquiry.name(), MAX_NAME));
        var company = field(problems, () -> text("company", inquiry.company(), MAX_COMPANY));
        var email = field(problems, () -> EmailAddresses.normalise("email", required("email", inquiry.email())));
        var country = field(problems, () -> country(inquiry.country()));
        var phone = country == null ? null : field(problems, () -> phone(inquiry.phone(), country));
        var topic = field(problems, () -> topic(inquiry.topic(), topics));
        var question = field(problems, () -> text("question", inquiry.question(), MAX_QUESTION));
        var language = field(problems, () -> language(inquiry.language()));
        if (problems.size() == 1) {
            throw new InvalidInputException(
                    problems.get(0).field(), problems.get(0).message());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems));
        }
        return new CheckedInquiry(name, company, email, phone, country, topic, question, language);
    }

    private static <T> T field(List<FieldProblem> problems, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.fieldProblems());
            return null;
        }
    }

    private static String required(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return raw;
    }

    private static String text(String field, String raw, int max) {
        var text = required(field, raw).strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "is longer than " + max + " characters");
        }
        if (!field.equals("question") && text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "contains control characters");
        }
        return text;
    }

    private static String country(String raw) {
        var code = required("country", raw).strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidInputException("country", "is not an ISO 3166 country code such as PL");
        }
        return code;
    }

    private static String phone(String raw, String country) {
        return raw == null || raw.isBlank() ? null : PhoneNumbers.toE164("phone", raw, country);
    }

    private static String topic(String raw, Set<String> topics) {
        var topic = required("topic", raw).strip();
        if (!topics.contains(topic)) {
            throw new InvalidInputException(
                    "topic",
                    "is not a presales topic; one of "
                            + topics.stream().sorted().toList());
        }
        return topic;
    }

    private static String language(String raw) {
        var language = raw == null || raw.isBlank() ? "en" : raw.strip();
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "must be one of pl, en, zh-CN");
        }
        return language;
    }
}
