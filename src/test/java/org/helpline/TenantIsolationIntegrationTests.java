package org.helpline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Contoso admin cannot read or change Fabrikam's profile, users or tokens by putting Fabrikam's
 * ids into URLs or bodies.
 */
@HelplineIntegrationTest
class TenantIsolationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    private ApiClient contoso;
    private String fabrikamTenantId;
    private String fabrikamAdminId;

    @BeforeEach
    void findFabrikam() {
        contoso = ApiClient.as(port, "admin@contoso.example");
        var orgAdmin = ApiClient.as(port, "orgadmin@helpline.example");
        fabrikamTenantId = orgAdmin.get("/api/v1/tenants?q=fabrikam")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        fabrikamAdminId = orgAdmin.get("/api/v1/users?q=admin@fabrikam.example")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
    }

    @Test
    void fabrikamsProfileCannotBeReadOrChanged() throws Exception {
        assertThat(contoso.get("/api/v1/tenants/" + fabrikamTenantId).status()).isEqualTo(403);
        assertThat(contoso.put("/api/v1/tenants/" + fabrikamTenantId, ApiClient.json(Map.of("name", "Owned")))
                        .status())
                .isEqualTo(403);
        mvc.perform(get("/admin/tenants/" + fabrikamTenantId).with(signedIn.as("admin@contoso.example")))
                .andExpect(status().isForbidden());

        var support =
                contoso.get("/api/v1/support?tenantId=" + fabrikamTenantId).json();
        assertThat(support.get("profile").get("name").asString()).isEqualTo("Contoso");
    }

    @Test
    void fabrikamsUsersCannotBeReadOrChanged() {
        assertThat(contoso.get("/api/v1/users/" + fabrikamAdminId).status()).isEqualTo(403);
        assertThat(contoso.put(
                                "/api/v1/users/" + fabrikamAdminId + "/roles",
                                ApiClient.json(
                                        Map.of("roles", java.util.List.of("USER"), "enabled", false, "version", 0)))
                        .status())
                .isEqualTo(403);
        assertThat(contoso.get("/api/v1/support").body()).doesNotContain("admin@fabrikam.example");
    }

    @Test
    void aTokenCreatedWithFabrikamsIdsInTheBodyIsStillContosos() {
        var created = contoso.post(
                "/api/v1/me/tokens",
                ApiClient.json(Map.of(
                        "name",
                        "sneaky",
                        "scope",
                        "read",
                        "validDays",
                        30,
                        "userId",
                        fabrikamAdminId,
                        "tenantId",
                        fabrikamTenantId)));
        assertThat(created.status()).isEqualTo(201);
        var me = ApiClient.bearer(port, created.json().get("secret").asString())
                .get("/api/v1/me")
                .json();
        assertThat(me.get("login").asString()).isEqualTo("admin@contoso.example");
        assertThat(ApiClient.as(port, "admin@fabrikam.example")
                        .get("/api/v1/me/tokens")
                        .body())
                .doesNotContain("sneaky");
    }
}
