package org.helpline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTests {

    @Test
    void trimsAndLowerCases() {
        assertThat(EmailAddresses.normalise("email", "  Admin@Contoso.Example "))
                .isEqualTo("admin@contoso.example");
        assertThat(EmailAddresses.normalise("email", "first.last+tag@mail.contoso.example"))
                .isEqualTo("first.last+tag@mail.contoso.example");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "admin",
                "admin@",
                "@contoso.example",
                "admin@contoso",
                "a b@contoso.example",
                ".admin@contoso.example",
                "ad..min@contoso.example",
                "admin@-contoso.example",
                "admin@contoso..example",
                "admin@contoso.example\nBcc: x@y.example"
            })
    void refusesMalformedAddresses(String raw) {
        assertThat(EmailAddresses.isValid(raw)).isFalse();
        assertThatThrownBy(() -> EmailAddresses.normalise("emails[1]", raw))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("emails[1]"));
    }

    @Test
    void refusesOverlongAddresses() {
        assertThat(EmailAddresses.isValid("a".repeat(65) + "@contoso.example")).isFalse();
        var labels = String.join(".", "b".repeat(60), "c".repeat(60), "d".repeat(60), "e".repeat(60));
        assertThat(EmailAddresses.isValid("a@" + labels + ".example")).isTrue();
        assertThat(EmailAddresses.isValid("abc@" + labels + ".example")).isFalse();
    }
}
