package org.helpline.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageKindsTests {

    @Test
    void aMessageIsKnownByWhatItIsNotByItsTemplate() {
        assertThat(MessageKinds.of("phone/mail/verification-code", "phone.mail.code.subject"))
                .isEqualTo("verification-code");
        assertThat(MessageKinds.of("phone/text/verification-code", null)).isEqualTo("verification-code");
        assertThat(MessageKinds.of("mail/request", "mail.subject.INFO_REQUESTED"))
                .isEqualTo("request-info-requested");
        assertThat(MessageKinds.of("alerts/mail", "alerts.mail.subject.BREACHED"))
                .isEqualTo("sla-breached");
        assertThat(MessageKinds.of("mail/refused", "mail.refused.subject")).isEqualTo("refused-reply");
        assertThat(MessageKinds.of("surveys/mail/survey", "surveys.mail.subject"))
                .isEqualTo("survey");
        assertThat(MessageKinds.of("identity/mail/invitation", "identity.mail.invitation.subject"))
                .isEqualTo("invitation");
    }

    @Test
    void aKindNotNamedIsItsTemplate() {
        assertThat(MessageKinds.of("billing/mail/invoice", "billing.subject")).isEqualTo("billing/mail/invoice");
        assertThat(MessageKinds.of("billing/text/reminder", null)).isEqualTo("billing/text/reminder");
    }
}
