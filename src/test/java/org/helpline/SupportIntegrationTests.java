package org.helpline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The Support home of admins and the guidance for everyone else. */
@HelplineIntegrationTest
class SupportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void adminSeesTheSupportHomeWithTheOrganisationProfile() throws Exception {
        mvc.perform(get("/support").with(signedIn.as("admin@contoso.example")).header("Accept-Language", "pl"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nowe zgłoszenie serwisowe")))
                .andExpect(content().string(Matchers.containsString("Moje zgłoszenia")))
                .andExpect(content().string(Matchers.containsString("+48 22 123 45 67")))
                .andExpect(content().string(Matchers.containsString("admin@contoso.example")))
                .andExpect(content().string(Matchers.containsString("Czas środkowoeuropejski (Warsaw)")))
                .andExpect(content().string(Matchers.containsString("Polska")))
                .andExpect(content().string(Matchers.containsString("Standardowa")));
    }

    @Test
    void fabrikamAdminSeesItsPartnerOfRecord() throws Exception {
        mvc.perform(get("/support").with(signedIn.as("admin@fabrikam.example")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Litware")))
                .andExpect(content().string(Matchers.containsString("+1 212-555-0100")))
                .andExpect(content().string(Matchers.containsString("Advanced online services agreement")));
    }

    @Test
    void r1_aUserIsToldAssistedSupportIsForAdminsAndShownTheirAdmins() throws Exception {
        mvc.perform(get("/support").with(signedIn.as("user@contoso.example")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Assisted support is for admins only")))
                .andExpect(content().string(Matchers.containsString("Katarzyna Nowak")))
                .andExpect(content().string(Matchers.containsString("admin@contoso.example")))
                .andExpect(content().string(Matchers.containsString("Ask the community")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("New service request"))));
    }

    @Test
    void r1_theApiRefusesAUserWithSelfHelpCommunityAndOwnAdmins() {
        var response = ApiClient.as(port, "user@contoso.example").get("/api/v1/support");

        assertThat(response.status()).isEqualTo(403);
        var problem = response.json();
        assertThat(problem.get("type").asString()).endsWith("/assisted-support-for-admins-only");
        assertThat(problem.get("selfHelp").asString()).isNotBlank();
        assertThat(problem.get("community").asString()).startsWith("https://");
        assertThat(problem.get("admins").toString())
                .contains("admin@contoso.example")
                .doesNotContain("admin@fabrikam.example");
    }

    @Test
    void theAdminApiAnswersTheProfileOfTheCallersTenantOnly() {
        var home = ApiClient.as(port, "admin@contoso.example")
                .get("/api/v1/support")
                .json();
        assertThat(home.get("profile").get("name").asString()).isEqualTo("Contoso");
        assertThat(home.get("profile").get("phones").get(0).get("e164").asString())
                .isEqualTo("+48221234567");

        var fabrikam = ApiClient.as(port, "admin@fabrikam.example")
                .get("/api/v1/support")
                .json();
        assertThat(fabrikam.get("profile").get("partnerOfRecord").get("name").asString())
                .isEqualTo("Litware");
    }
}
