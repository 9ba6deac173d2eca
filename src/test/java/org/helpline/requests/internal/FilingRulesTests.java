package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.ContactMethod;
import org.helpline.shared.ProblemException.FieldProblem;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Role;
import org.helpline.shared.Severity;
import org.junit.jupiter.api.Test;

class FilingRulesTests {

    @Test
    void r2_eachKindOfAdminFilesItsOwnCategories() {
        assertThat(FilingRules.categoriesFor(Set.of(Role.GLOBAL_ADMIN)))
                .containsExactlyInAnyOrder(RequestCategory.values());
        assertThat(FilingRules.categoriesFor(Set.of(Role.BILLING_ADMIN))).containsExactly(RequestCategory.BILLING);
        assertThat(FilingRules.categoriesFor(Set.of(Role.SERVICE_SUPPORT_ADMIN)))
                .containsExactlyInAnyOrder(RequestCategory.TECHNICAL, RequestCategory.ADVISORY);
        assertThat(FilingRules.categoriesFor(Set.of(Role.HELPDESK_ADMIN)))
                .containsExactlyInAnyOrder(RequestCategory.TECHNICAL, RequestCategory.ADVISORY);
        assertThat(FilingRules.categoriesFor(Set.of(Role.BILLING_ADMIN, Role.HELPDESK_ADMIN)))
                .containsExactlyInAnyOrder(
                        RequestCategory.BILLING, RequestCategory.TECHNICAL, RequestCategory.ADVISORY);
        assertThat(FilingRules.categoriesFor(Set.of(Role.USER))).isEmpty();
        assertThat(FilingRules.categoriesFor(Set.of(Role.AGENT))).isEmpty();
    }

    @Test
    void r18_severityANeedsTheBusinessImpactANamedContactA24x7ConfirmationAndAPhone() {
        var none = new ContactDetails(" ", null, "a@b.example", ContactMethod.EMAIL, "en", false);
        var ready = new ContactDetails("Frank Miller", "+48221234567", "a@b.example", ContactMethod.EMAIL, "en", true);
        var unnamed = new ContactDetails(null, "+48221234567", "a@b.example", ContactMethod.EMAIL, "en", true);
        var impact = "Nobody in the company can send mail to customers.";

        assertThat(FilingRules.severityADuties(Severity.A, none, " "))
                .extracting(FieldProblem::field)
                .containsExactly("businessImpact", "contact.name", "contact.available24x7", "contact.phone");
        assertThat(FilingRules.severityADuties(Severity.A, ready, null))
                .extracting(FieldProblem::field)
                .containsExactly("businessImpact");
        assertThat(FilingRules.severityADuties(Severity.A, unnamed, impact))
                .extracting(FieldProblem::field)
                .containsExactly("contact.name");
        assertThat(FilingRules.severityADuties(Severity.A, ready, impact)).isEmpty();
        assertThat(FilingRules.severityADuties(Severity.B, none, null)).isEmpty();
    }
}
