package org.helpline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.helpline.ModuleTestDatabase;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notify module on its own, with the platform's keys and the tenant directory replaced (the
 * outbox page asks it who runs Helpline): without spring.mail.host it runs, and each e-mail fails
 * and says why.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class OutboxWithoutSmtpIntegrationTests {

    @MockitoBean
    TenantManagement tenants;

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEmailFailsClearlyWhenNoSmtpServerIsConfigured() throws Exception {
        var status = failed("phone/mail/verification-code");

        assertThat(status.state()).isEqualTo(DeliveryStatus.State.FAILED);
        assertThat(status.lastError()).contains("no mail server configured");
    }

    @Test
    void anEmailThatCannotBeSentIsNotRenderedFirst() throws Exception {
        var status = failed("notify/no-such-template");

        assertThat(status.state()).isEqualTo(DeliveryStatus.State.FAILED);
        assertThat(status.lastError()).contains("no mail server configured");
    }

    private DeliveryStatus failed(String template) throws InterruptedException {
        var id = new TransactionTemplate(transactions)
                .execute(status -> outbox.enqueueEmail(
                        "nobody@outbox.example",
                        Locale.ENGLISH,
                        "phone.mail.code.subject",
                        template,
                        Map.of("tenant", "X", "minutes", "10")));
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> outbox.status(id).orElseThrow(), s -> s.state() != DeliveryStatus.State.PENDING);
    }
}
