package org.helpline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

    @ParameterizedTest
    @CsvSource({
        "+48 22 123 45 67, PL, +48221234567",
        "22 123 45 67,     PL, +48221234567",
        "(22) 123-45-67,   PL, +48221234567",
        "0048 22 123 45 67, PL, +48221234567",
        "+1 212 555 0100,  US, +12125550100",
        "(212) 555-0100,   US, +12125550100",
        "+86 10 5555 0100, CN, +861055550100",
        "010 5555 0100,    CN, +861055550100",
        "+48 22 123 45 67, US, +48221234567",
        "+1 212 555 0100,  PL, +12125550100",
    })
    void readsInternationalAndNationalNumbers(String raw, String region, String e164) {
        assertThat(PhoneNumbers.toE164("phone", raw, region)).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "+48 12", "abc", "22 123 45 67 89 01 23", "+999 123 456 789", "+48 22 123 45 67 8"})
    void refusesWhatIsNotAValidNumber(String raw) {
        assertThatThrownBy(() -> PhoneNumbers.toE164("phones[0]", raw, "PL"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldProblems())
                                .singleElement()
                                .satisfies(
                                        problem -> assertThat(problem.field()).isEqualTo("phones[0]")));
    }

    @Test
    void aNumberCheckedBeforeAnswersTheSameAndNamesTheFieldOfTheCall() {
        assertThat(PhoneNumbers.toE164("contact.phone", "(22) 123-45-67", "PL")).isEqualTo("+48221234567");
        assertThat(PhoneNumbers.toE164("contact.phone", "(22) 123-45-67", "PL")).isEqualTo("+48221234567");
        assertThat(PhoneNumbers.toE164("contact.phone", "22 123 45 67", "PL")).isEqualTo("+48221234567");
        assertThatThrownBy(() -> PhoneNumbers.toE164("contact.phone", "22 123 45 67", "US"))
                .isInstanceOf(InvalidInputException.class);
        for (var field : new String[] {"first", "second"}) {
            assertThatThrownBy(() -> PhoneNumbers.toE164(field, "+48 12", "PL"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo(field));
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "+48 22 123 45 67 000000000000000000000000000"})
    void refusesBlankAndOverlongInput(String raw) {
        assertThatThrownBy(() -> PhoneNumbers.toE164("phone", raw, "PL")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aNationalNumberNeedsARegion() {
        assertThat(PhoneNumbers.isValid("22 123 45 67", null)).isFalse();
        assertThat(PhoneNumbers.isValid("+48 22 123 45 67", null)).isTrue();
        assertThat(PhoneNumbers.isValid("22 123 45 67", "pl")).isTrue();
    }

    @Test
    void showsNumbersInInternationalFormat() {
        assertThat(PhoneNumbers.international("+48221234567")).isEqualTo("+48 22 123 45 67");
        assertThat(PhoneNumbers.international("+12125550100")).isEqualTo("+1 212-555-0100");
        assertThat(PhoneNumbers.international("+861055550100")).isEqualTo("+86 10 5555 0100");
    }

    @Test
    void showsNumbersInNationalFormat() {
        assertThat(PhoneNumbers.national("+48221234567")).isEqualTo("22 123 45 67");
        assertThat(PhoneNumbers.national("+12125550100")).isEqualTo("(212) 555-0100");
        assertThat(PhoneNumbers.national("+861055550100")).isEqualTo("010 5555 0100");
    }

    @Test
    void leavesWhatItCannotReadUnchanged() {
        assertThat(PhoneNumbers.international("not a number")).isEqualTo("not a number");
    }

    @Test
    void comparesNumbersWrittenDifferently() {
        assertThat(PhoneNumbers.sameNumber("+48221234567", "22 123 45 67", "PL"))
                .isTrue();
        assertThat(PhoneNumbers.sameNumber("+48 22 123 45 67", "0048221234567", "PL"))
                .isTrue();
        assertThat(PhoneNumbers.sameNumber("+12125550100", "212-555-0100", "US"))
                .isTrue();
        assertThat(PhoneNumbers.sameNumber("+48221234567", "22 123 45 68", "PL"))
                .isFalse();
        assertThat(PhoneNumbers.sameNumber("+48221234567", "22 123 45 67", "US"))
                .isFalse();
        assertThat(PhoneNumbers.sameNumber("+48221234567", null, "PL")).isFalse();
        assertThat(PhoneNumbers.sameNumber("garbage", "garbage", "PL")).isFalse();
    }
}
