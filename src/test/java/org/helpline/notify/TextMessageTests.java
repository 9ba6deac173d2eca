package org.helpline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMessageTests {

    @Test
    void theMaskedBodyHidesEverySecret() {
        var message = new TextMessage(
                "+48221234567", "Helpline code for Contoso: 04918273. Valid 10 minutes.", List.of("04918273"));
        assertThat(message.masked()).isEqualTo("Helpline code for Contoso: ********. Valid 10 minutes.");
        assertThat(message.body()).contains("04918273");
    }
}
