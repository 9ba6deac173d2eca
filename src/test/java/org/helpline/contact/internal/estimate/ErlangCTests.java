package org.helpline.contact.internal.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Erlang C against values computed exactly (rational arithmetic) and the textbook examples. */
class ErlangCTests {

    @Test
    void fortyEightErlangsOnFiftyFiveAgentsWaitAboutOneTimeInFour() {
        assertThat(ErlangC.probabilityOfWaiting(55, 48)).isCloseTo(0.238701, within(1e-6));
    }

    @Test
    void smallSystemsMatchTheClosedForm() {
        assertThat(ErlangC.probabilityOfWaiting(3, 2)).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(ErlangC.probabilityOfWaiting(1, 0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(ErlangC.erlangB(2, 1)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void averageSpeedOfAnswerOfTwelveAgentsAtTenErlangs() {
        assertThat(ErlangC.probabilityOfWaiting(12, 10)).isCloseTo(0.449388, within(1e-6));
        assertThat(ErlangC.averageSpeedOfAnswer(12, 10, 180)).isCloseTo(40.445, within(1e-3));
    }

    @Test
    void staysExactForHundredsOfAgents() {
        assertThat(ErlangC.probabilityOfWaiting(100, 90)).isCloseTo(0.216940, within(1e-6));
        double large = ErlangC.probabilityOfWaiting(1000, 950);
        assertThat(large).isBetween(0.0, 1.0).isNotNaN();
    }

    @Test
    void anOverloadedQueueAlwaysWaits() {
        assertThat(ErlangC.probabilityOfWaiting(5, 5)).isEqualTo(1.0);
        assertThat(ErlangC.averageSpeedOfAnswer(5, 6, 300)).isInfinite();
    }

    @Test
    void waitsBeyondATimeFallExponentially() {
        double pWait = ErlangC.probabilityOfWaiting(12, 10);
        assertThat(ErlangC.probabilityWaitExceeds(12, 10, 180, 0)).isCloseTo(pWait, within(1e-12));
        assertThat(ErlangC.probabilityWaitExceeds(12, 10, 180, 90)).isCloseTo(pWait * Math.exp(-1), within(1e-12));
    }
}
