package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.helpline.ApiClient;
import org.helpline.VisibleText;
import org.helpline.notify.MailApplication;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Where a verification code's message stands, as the call console and the API show it: accepted
 * by the mail server or text gateway at a time, retrying with the reason, or not sent with the
 * reason and the tenant's other channel offered. The console asks again while the code is on its
 * way and is told to stop (HTTP 286) once the state is final.
 */
class CallDeliveryIntegrationTests {

    private static final String AGENT = "agent@helpline.example";

    private final int port = MailApplication.port();
    private final TenantManagement tenancy = MailApplication.bean(TenantManagement.class);
    private final UserDetailsService users = MailApplication.bean(UserDetailsService.class);
    private final MockMvc pages = MockMvcBuilders.webAppContextSetup((WebApplicationContext) MailApplication.context())
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();

    @Test
    void anEmailedCodeIsAcceptedByTheMailServerAtATimeInTheAgentsZone() throws Exception {
        var tenant = tenant("2" + fourDigits());
        var call = startCall(tenant);
        sendCode(call, "EMAIL", tenant.emails().get(0).id());

        var challenge = awaitDelivery(call, "SENT");
        assertThat(challenge.get("deliveryError").isNull()).isTrue();
        var accepted = Instant.parse(challenge.get("acceptedAt").asString());

        var line = deliveryLine(call);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH)
                .format(accepted.atZone(agent().zone()));
        assertThat(VisibleText.of(line)).isEqualTo("Accepted by the mail server at " + time + ".");
        assertThat(line).contains("alert-success").doesNotContain("send-other-channel");
        assertThat(delivery(call).getStatus()).isEqualTo(286);
    }

    @Test
    void aTextTheGatewayRefusesCouldNotBeSentAndTheEmailAddressIsOffered() throws Exception {
        var tenant = tenant("0400");
        var call = startCall(tenant);
        sendCode(call, "SMS", tenant.phones().get(0).id());

        var challenge = awaitDelivery(call, "FAILED");
        assertThat(challenge.get("deliveryError").asString()).isEqualTo("text gateway answered HTTP 400");
        assertThat(challenge.get("acceptedAt").isNull()).isTrue();

        var line = deliveryLine(call);
        assertThat(VisibleText.of(line))
                .startsWith("Could not be sent: text gateway answered HTTP 400")
                .contains("Send a code by E-mail to a***n@" + tenant.domain() + " instead");
        assertThat(line)
                .contains("alert-danger")
                .contains("value=\"EMAIL:" + tenant.emails().get(0).id() + "\"");
        var fragment = delivery(call);
        assertThat(fragment.getStatus()).isEqualTo(286);
        assertThat(fragment.getContentAsString()).contains("Could not be sent");
    }

    @Test
    void aTextTheGatewayCannotTakeNowIsRetryingWithTheReasonAndTheConsoleKeepsAsking() throws Exception {
        var tenant = tenant("0503");
        var call = startCall(tenant);
        sendCode(call, "SMS", tenant.phones().get(0).id());

        var challenge = awaitDelivery(call, "RETRYING");
        assertThat(challenge.get("deliveryError").asString()).isEqualTo("text gateway answered HTTP 503");

        var page = page(call);
        assertThat(VisibleText.of(deliveryLine(call))).isEqualTo("Retrying: text gateway answered HTTP 503");
        assertThat(page)
                .containsPattern(Pattern.compile(
                        "id=\"delivery\" aria-live=\"polite\" aria-atomic=\"true\"[^>]*hx-get=\"/workspace/calls/"
                                + call + "/delivery\" hx-trigger=\"every 2s\""));
        var fragment = delivery(call);
        assertThat(fragment.getStatus()).isEqualTo(200);
        assertThat(fragment.getContentAsString()).contains("alert-warning", "Retrying: text gateway answered HTTP 503");
    }

    private JsonNode awaitDelivery(String call, String state) {
        return await("delivery " + state)
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> ApiClient.as(port, AGENT)
                                .get("/api/v1/phone/calls/" + call)
                                .json()
                                .get("challenge"),
                        challenge -> state.equals(challenge.get("delivery").asString()));
    }

    private String deliveryLine(String call) throws Exception {
        var page = page(call);
        var start = page.indexOf("id=\"delivery-state\"");
        assertThat(start).as("the delivery line").isPositive();
        var from = page.lastIndexOf("<p", start);
        return page.substring(from, page.indexOf("</div>", start));
    }

    private String page(String call) throws Exception {
        var response = pages.perform(get("/workspace/calls/" + call).with(user(agent())))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse delivery(String call) throws Exception {
        return pages.perform(get("/workspace/calls/" + call + "/delivery")
                        .header("HX-Request", "true")
                        .with(user(agent())))
                .andReturn()
                .getResponse();
    }

    private HelplineUser agent() {
        return (HelplineUser) users.loadUserByUsername(AGENT);
    }

    private String startCall(TenantProfile tenant) {
        var response = ApiClient.as(port, AGENT)
                .post(
                        "/api/v1/phone/calls",
                        ApiClient.json(Map.of(
                                "callerNumber",
                                CallVerificationIntegrationTests.newCaller(),
                                "tenantId",
                                tenant.id())));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private void sendCode(String call, String channel, UUID destination) {
        var response = ApiClient.as(port, AGENT)
                .post(
                        "/api/v1/phone/calls/" + call + "/verification",
                        ApiClient.json(Map.of("channel", channel, "destinationId", destination)));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
    }

    /** A tenant with an e-mail address and a phone number ending in {@code ending}. */
    private TenantProfile tenant(String ending) {
        var suffix = "d" + UUID.randomUUID().toString().substring(0, 8);
        return tenancy.createTenant(
                "global",
                new NewTenant(
                        "Delivery " + suffix,
                        suffix + ".example",
                        "PL",
                        "Europe/Warsaw",
                        "pl",
                        Contract.STANDARD,
                        null,
                        List.of("+48 22 " + ThreadLocalRandom.current().nextInt(100, 1000) + " " + ending),
                        List.of("admin@" + suffix + ".example")));
    }

    private static String fourDigits() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100, 1000));
    }
}
