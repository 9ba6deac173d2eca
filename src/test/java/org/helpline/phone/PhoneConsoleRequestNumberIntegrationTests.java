package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.requests.NewRequests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On the phone, an agent finds the caller's tenant by the number of one of its requests (issue 5). */
@HelplineIntegrationTest
class PhoneConsoleRequestNumberIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anAgentFindsTheTenantByARequestNumberOfTheirOrganisationOnly() {
        var filed = ApiClient.as(port, "admin@contoso.example")
                .post("/api/v1/requests", ApiClient.json(NewRequests.technical("Number lookup " + UUID.randomUUID())));
        assertThat(filed.status()).isEqualTo(201);
        var number = filed.json().get("number").asString();

        var found = ApiClient.as(port, "agent@helpline.example").get("/api/v1/phone/tenants?q=" + number);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("Contoso").doesNotContain("Fabrikam");

        var otherOrganisation = ApiClient.as(port, "agent@operator.example").get("/api/v1/phone/tenants?q=" + number);
        assertThat(otherOrganisation.body()).doesNotContain("Contoso");
    }
}
