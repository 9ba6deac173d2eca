package org.helpline.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.helpline.tenancy.NewPartner;
import org.helpline.tenancy.NewSubscription;
import org.helpline.tenancy.SubscriptionKind;
import org.junit.jupiter.api.Test;

class CommercialRulesTests {

    @Test
    void normalisesAPartner() {
        var partner =
                PartnerRules.check(new NewPartner(" Litware ", "(425) 555-0199", "Support@Litware.example", " "), "US");

        assertThat(partner).isEqualTo(new NewPartner("Litware", "+14255550199", "support@litware.example", null));
    }

    @Test
    void reportsEveryBrokenRuleOfAPartner() {
        assertThatThrownBy(() -> PartnerRules.check(new NewPartner("", "12", "nobody", "javascript:alert(1)"), "US"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("name", "phone", "email", "website"));
    }

    @Test
    void acceptsWebAddressesOnly() {
        assertThat(PartnerRules.website("https://litware.example/support"))
                .isEqualTo("https://litware.example/support");
        assertThatThrownBy(() -> PartnerRules.website("ftp://litware.example"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PartnerRules.website("https://")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void acceptsASubscription() {
        var subscription =
                new NewSubscription(" business-basic ", SubscriptionKind.TRIAL, 25, LocalDate.of(2026, 3, 1), null);

        assertThat(SubscriptionRules.check(subscription).offering()).isEqualTo("business-basic");
    }

    @Test
    void reportsEveryBrokenRuleOfASubscription() {
        assertThatThrownBy(() -> SubscriptionRules.check(new NewSubscription("Business Basic", null, 0, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("offering", "kind", "licences", "renewalDate"));
    }
}
