package org.helpline.surveys;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.surveys.internal.LinkSigner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The survey page. Until {@code /surveys/**} is on the security configuration's permitAll list
 * the test signs in; the token is the survey's credential either way.
 */
@HelplineIntegrationTest
class SurveyPagesIntegrationTests {

    private static final String VISITOR = "user@contoso.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LinkSigner signer;

    @Autowired
    Clock clock;

    @Test
    void theFormIsAnsweredOnceAndATamperedLinkIsRefused() throws Exception {
        var token = signer.token(survey());
        mvc.perform(get("/surveys/" + token).with(signedIn.as(VISITOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"rating\"")))
                .andExpect(content().string(containsString("<label class=\"form-check-label\" for=\"rating-5\"")));
        org.assertj.core.api.Assertions.assertThat(
                        org.helpline.VisibleText.rawValuesOn(mvc, signedIn.as(VISITOR), "/surveys/" + token))
                .isEmpty();

        mvc.perform(post("/surveys/" + token)
                        .with(signedIn.as(VISITOR))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("rating", "4")
                        .param("wentWell", "SPEED")
                        .param("comment", "<b>fine</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thank you for your answer.")));
        mvc.perform(post("/surveys/" + token)
                        .with(signedIn.as(VISITOR))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("rating", "1"))
                .andExpect(content().string(containsString("already been answered")));
        mvc.perform(get("/surveys/" + token + "x").with(signedIn.as(VISITOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not valid")))
                .andExpect(content().string(not(containsString("name=\"rating\""))));
    }

    @Test
    void aBadRatingShowsTheFormAgain() throws Exception {
        var token = signer.token(survey());
        mvc.perform(post("/surveys/" + token)
                        .with(signedIn.as(VISITOR))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("rating", "9")
                        .param("wentWell", "NOPE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a rating from 1 to 5.")));
    }

    private UUID survey() {
        var id = UUID.randomUUID();
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                insert into survey (tenant_id, id, request_id, organisation_id, number, title, severity, recipient,
                                    sent_at, expires_at)
                values ((select id from tenant where domain = 'contoso.example'), :id, :id, 'global', 'S-1', 'Survey page',
                        'B', 'user@contoso.example', :now, :expires)
                """)
                .param("id", id)
                .param("now", now)
                .param("expires", now.plus(Duration.ofDays(14)))
                .update();
        return id;
    }
}
