package org.helpline.phone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTests {

    @Test
    void emailsKeepTheFirstAndLastLetterAndTheDomain() {
        assertThat(Masks.email("admin@contoso.example")).isEqualTo("a***n@contoso.example");
        assertThat(Masks.email("ab@x.example")).isEqualTo("a***@x.example");
        assertThat(Masks.email("broken")).isEqualTo("***");
    }

    @Test
    void phonesKeepTheCountryCodeAndTheLastTwoDigits() {
        assertThat(Masks.phone("+48221234567")).isEqualTo("+48 ** *** ** 67");
        assertThat(Masks.phone("+12125550100")).isEqualTo("+1 ***-***-**00");
        assertThat(Masks.phone("+861055550100")).doesNotContain("5555");
    }
}
