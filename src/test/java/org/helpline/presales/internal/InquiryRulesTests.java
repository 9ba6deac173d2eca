package org.helpline.presales.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.junit.jupiter.api.Test;

class InquiryRulesTests {

    private static final Set<String> TOPICS = Set.of("pricing-licensing", "trial");

    private static NewInquiry inquiry(String email, String phone, String country, String topic, String language) {
        return new NewInquiry(
                " Anna Nowak ", "Tailspin Toys", email, phone, country, topic, "How much?\nFor 40.", language, null);
    }

    @Test
    void r14_anInquiryIsTrimmedAndItsPhoneReadInTheProspectsCountry() {
        var checked =
                InquiryRules.check(inquiry(" Anna@Tailspin.Example ", "22 123 45 67", "pl", "trial", "zh-CN"), TOPICS);

        assertThat(checked.name()).isEqualTo("Anna Nowak");
        assertThat(checked.email()).isEqualTo("anna@tailspin.example");
        assertThat(checked.phoneE164()).isEqualTo("+48221234567");
        assertThat(checked.country()).isEqualTo("PL");
        assertThat(checked.language()).isEqualTo("zh-CN");
        assertThat(InquiryRequests.title(checked)).isEqualTo("Tailspin Toys: How much?");
    }

    @Test
    void r14_thePhoneIsOptionalAndTheLanguageEnglishWhenNotGiven() {
        var checked = InquiryRules.check(inquiry("anna@tailspin.example", " ", "GB", "trial", null), TOPICS);

        assertThat(checked.phoneE164()).isNull();
        assertThat(checked.language()).isEqualTo("en");
    }

    @Test
    void r14_everyBrokenFieldIsNamedAtOnce() {
        var bad = new NewInquiry("", null, "anna@tailspin", "12", "XX", "renew", " ", "de", null);

        assertThatThrownBy(() -> InquiryRules.check(bad, TOPICS))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e)
                        .fieldProblems().stream().map(FieldProblem::field).toList())
                .asList()
                .containsExactly("name", "company", "email", "country", "topic", "question", "language");
    }

    @Test
    void r14_aPhoneThatIsNoNumberOfTheCountryIsNamed() {
        assertThatThrownBy(
                        () -> InquiryRules.check(inquiry("anna@tailspin.example", "12", "PL", "trial", "pl"), TOPICS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("phone:");
    }

    @Test
    void aLongFirstLineMakesATitleOfAtMost200Characters() {
        var long_ = "x".repeat(300);
        var checked = new CheckedInquiry("A", "Tailspin Toys", "a@b.example", null, "PL", "trial", long_, "en");

        assertThat(InquiryRequests.title(checked)).hasSize(200).endsWith("…");
    }

    @Test
    void aFilledHoneypotIsSeen() {
        assertThat(new NewInquiry(null, null, null, null, null, null, null, null, "x").honeypotFilled())
                .isTrue();
        assertThat(new NewInquiry(null, null, null, null, null, null, null, null, " ").honeypotFilled())
                .isFalse();
    }
}
