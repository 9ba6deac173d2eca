package org.helpline.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.helpline.notify.DeliveryFailedException;
import org.helpline.notify.TextMessage;
import org.junit.jupiter.api.Test;

class LoggingTextGatewayTests {

    @Test
    void aGatewayThatSendsNothingNeverReportsATextDeliveredButFailsItForGood() {
        var text = new TextMessage("+48221234567", "Your code: 12345678", List.of("12345678"));

        var failure = catchThrowableOfType(DeliveryFailedException.class, () -> new LoggingTextGateway().send(text));

        assertThat(failure).isNotNull();
        assertThat(failure.permanent()).isTrue();
        assertThat(failure.getMessage()).isEqualTo("not connected: texts are not sent");
    }
}
