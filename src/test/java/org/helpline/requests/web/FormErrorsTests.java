package org.helpline.requests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.junit.jupiter.api.Test;

class FormErrorsTests {

    @Test
    void fieldsComeInTheFormsOrderWithTheirOwnMessageKeys() {
        var errors = FormErrors.of(new InvalidInputException(List.of(
                new FieldProblem("contact.phone", "too long"),
                new FieldProblem("contact.name", "size must be between 0 and 120"),
                new FieldProblem("description", "must not be blank"),
                new FieldProblem("severity", "must not be null"))));

        assertThat(errors.fields().keySet()).containsExactly("severity", "description", "contactName", "phone");
        assertThat(errors.fields().get("phone").code()).isEqualTo("requests.error.phone");
        assertThat(errors.fields().get("contactName").code()).isEqualTo("requests.error.contactName");
        assertThat(errors.general()).isEmpty();
    }

    @Test
    void aPhoneThatIsNoNumberIsFlaggedWithTheOtherFields() {
        var errors = FormErrors.of(new InvalidInputException("title", "must not be blank"))
                .withPhoneChecked("12ab", "PL");

        assertThat(errors.fields().keySet()).containsExactly("title", "phone");
        assertThat(errors.has("phone")).isTrue();
    }

    @Test
    void aValidOrMissingPhoneAddsNothing() {
        var errors = FormErrors.of(new InvalidInputException("title", "must not be blank"));

        assertThat(errors.withPhoneChecked("+48 22 123 45 67", "PL").fields()).containsOnlyKeys("title");
        assertThat(errors.withPhoneChecked(" ", "PL").fields()).containsOnlyKeys("title");
    }
}
