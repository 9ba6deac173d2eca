package org.helpline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random port with the demo data, on an in-memory H2 database, or on
 * PostgreSQL when {@code HELPLINE_TEST_POSTGRES_URL} names one, with MockMvc for page tests. All tests with this annotation
 * share one application context, so they must not depend on each other's data: create what you
 * change, with unique names. The contact pane refreshes every 2 s (instead of 20 s) and the
 * at-risk sweep every 3 s (instead of 15 s) and the alert bell every 2 s (instead of 30 s), so that
 * tests waiting for them wait less. The demo data comes without its 90 days of history, and without
 * the local mail server (the build switches it off for every test; this also when run from an IDE).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(
        properties = {
            "helpline.contact.poll-interval=2s",
            "helpline.sla.at-risk-interval=3s",
            "helpline.alerts.bell-interval=2s",
            "helpline.demo.history-days=0",
            "helpline.mail.local.enabled=false"
        })
public @interface HelplineIntegrationTest {}
