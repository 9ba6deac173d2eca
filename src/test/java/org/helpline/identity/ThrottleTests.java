package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.helpline.identity.internal.IdentityProperties;
import org.junit.jupiter.api.Test;

class ThrottleTests {

    private final IdentityProperties.Throttle perLoginAndAddress =
            new IdentityProperties(null, null, null, null).signIn().perLoginAndAddress();

    @Test
    void theFreeFailuresCostNothingThenTheWaitDoublesUpToItsCap() {
        assertThat(perLoginAndAddress.delayAfter(1)).isZero();
        assertThat(perLoginAndAddress.delayAfter(4)).isZero();
        assertThat(perLoginAndAddress.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(perLoginAndAddress.delayAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(perLoginAndAddress.delayAfter(9)).isEqualTo(Duration.ofSeconds(480));
        assertThat(perLoginAndAddress.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(perLoginAndAddress.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theDefaultsAreTheDocumentedPolicy() {
        var signIn = new IdentityProperties(null, null, null, null).signIn();

        assertThat(signIn.perLoginAndAddress().freeFailures()).isEqualTo(5);
        assertThat(signIn.perLogin().freeFailures()).isEqualTo(10);
        assertThat(signIn.perLogin().maxDelay()).isEqualTo(Duration.ofHours(1));
        assertThat(signIn.perAddress().freeFailures()).isEqualTo(50);
        assertThat(signIn.forgetAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(signIn.trustAddressFor()).isEqualTo(Duration.ofDays(30));
    }
}
