package org.helpline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.tenancy.Contract;
import org.junit.jupiter.api.Test;

class SeverityRulesTests {

    private static final EnumSet<Severity> ALL = EnumSet.allOf(Severity.class);

    @Test
    void r20_severityAOnlyForAdvancedTechnical() {
        assertThat(SeverityRules.allowed(RequestCategory.TECHNICAL, Contract.ADVANCED, ALL))
                .containsExactly(Severity.A, Severity.B, Severity.C);
        assertThat(SeverityRules.allowed(RequestCategory.TECHNICAL, Contract.STANDARD, ALL))
                .containsExactly(Severity.B, Severity.C);
        assertThat(SeverityRules.allowed(RequestCategory.TECHNICAL, Contract.SMALL_BUSINESS_ASSIST, ALL))
                .containsExactly(Severity.B, Severity.C);
        assertThat(SeverityRules.allowed(RequestCategory.PRESALES, Contract.ADVANCED, ALL))
                .containsExactly(Severity.B, Severity.C);
    }

    @Test
    void r20_billingAtMostB() {
        assertThat(SeverityRules.allowed(RequestCategory.BILLING, Contract.ADVANCED, ALL))
                .containsExactly(Severity.B, Severity.C);
        assertThat(SeverityRules.capBreakBy(RequestCategory.BILLING, Severity.A))
                .hasValueSatisfying(rule -> assertThat(rule).contains("R-20"));
    }

    @Test
    void advisoryOnlyWithSmallBusinessAssistAndAtMostB() {
        assertThat(SeverityRules.allowed(RequestCategory.ADVISORY, Contract.SMALL_BUSINESS_ASSIST, ALL))
                .containsExactly(Severity.B, Severity.C);
        assertThat(SeverityRules.allowed(RequestCategory.ADVISORY, Contract.ADVANCED, ALL))
                .isEmpty();
        assertThat(SeverityRules.allowed(RequestCategory.ADVISORY, Contract.STANDARD, ALL))
                .isEmpty();
    }

    @Test
    void aSeverityWithoutPolicyIsNotAllowed() {
        assertThat(SeverityRules.allowed(RequestCategory.TECHNICAL, Contract.ADVANCED, EnumSet.of(Severity.B)))
                .containsExactly(Severity.B);
        assertThat(SeverityRules.allowed(RequestCategory.TECHNICAL, Contract.ADVANCED, EnumSet.noneOf(Severity.class)))
                .isEmpty();
    }
}
