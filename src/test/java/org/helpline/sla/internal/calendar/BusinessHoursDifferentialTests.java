package org.helpline.sla.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpline.sla.internal.calendar.DifferentialCase.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares deadlines and measured business time with Perl's Business::Hours, the module Request
 * Tracker's SLAs use, over generated cases; one perl process answers them all. Cases decided by
 * one of the module's quirks that docs/design.md accepts are counted and checked against a model of
 * the quirk instead (a give-up only against our deadline being that far); nothing else may differ.
 * Skipped with a message where the module is not installed (Debian: libbusiness-hours-perl).
 */
class BusinessHoursDifferentialTests {

    private static final long SEED = 20_250_330L;
    private static final int CASES = 1_500;
    private static final int MINIMUM_COMPARED = 1_000;
    private static final Duration PERL_SEARCH_LIMIT = Duration.ofDays(29);

    @BeforeAll
    static void requireBusinessHours() {
        assumeTrue(
                BusinessHoursScript.isAvailable(),
                "perl with Business::Hours is not installed (apt-get install libbusiness-hours-perl); comparison skipped");
    }

    @Test
    void agreesWithBusinessHoursExceptForItsDocumentedQuirks() throws Exception {
        List<DifferentialCase> cases = new DifferentialCases(SEED).generate(CASES);
        Map<Integer, Long> perlAnswers = BusinessHoursScript.answer(cases);
        Map<PerlQuirks, Integer> quirky = new EnumMap<>(PerlQuirks.class);
        Map<Operation, Integer> compared = new EnumMap<>(Operation.class);
        List<String> mismatches = new ArrayList<>();

        for (DifferentialCase differentialCase : cases) {
            long perl = perlAnswers.get(differentialCase.id());
            Optional<PerlQuirks> quirk = quirkDeciding(differentialCase, perl);
            quirk.ifPresentOrElse(
                    found -> quirky.merge(found, 1, Integer::sum),
                    () -> compared.merge(differentialCase.operation(), 1, Integer::sum));
            if (!agrees(differentialCase, perl, quirk)) {
                mismatches.add(differentialCase + ": perl " + perl + ", ours " + differentialCase.ourAnswer()
                        + ", quirk " + quirk);
            }
        }

        System.out.printf(
                "Business::Hours comparison: %d cases; compared directly %s; decided by a quirk %s%n",
                cases.size(), compared, quirky);
        assertThat(perlAnswers).hasSize(CASES);
        assertThat(mismatches).isEmpty();
        assertThat(total(compared)).isGreaterThanOrEqualTo(MINIMUM_COMPARED);
        assertThat(total(quirky)).as("cases decided by a quirk").isLessThan(CASES * 15 / 100);
        assertThat(quirky.getOrDefault(PerlQuirks.GIVES_UP_AFTER_30_DAYS, 0))
                .as("give-ups")
                .isLessThan(CASES * 3 / 100);
        assertThat(quirky).as("each accepted quirk shows up").containsOnlyKeys(PerlQuirks.values());
    }

    /**
     * Equal answers, or, where a holiday quirk decides the case, the answer of a model of that
     * quirk; a give-up is right whenever our deadline lies beyond the module's search.
     */
    private static boolean agrees(DifferentialCase differentialCase, long perl, Optional<PerlQuirks> quirk) {
        if (quirk.isEmpty()) {
            return perl == differentialCase.ourAnswer();
        }
        return quirk.get() == PerlQuirks.GIVES_UP_AFTER_30_DAYS || PerlQuirks.agreesWithModel(differentialCase, perl);
    }

    private static int total(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The accepted quirk that decides the case; a give-up is accepted only if our deadline is that far. */
    private static Optional<PerlQuirks> quirkDeciding(DifferentialCase differentialCase, long perlAnswer) {
        if (differentialCase.operation() == Operation.ADD && perlAnswer == -1) {
            long reach = differentialCase.ourAnswer() - differentialCase.start();
            return reach >= PERL_SEARCH_LIMIT.getSeconds()
                    ? Optional.of(PerlQuirks.GIVES_UP_AFTER_30_DAYS)
                    : Optional.empty();
        }
        return PerlQuirks.holidayQuirkIn(differentialCase);
    }
}
