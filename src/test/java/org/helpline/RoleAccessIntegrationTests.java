package org.helpline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** For every role: which pages and API endpoints of the foundation it may use, and which not. */
@HelplineIntegrationTest
class RoleAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "admin@contoso.example, /support",
        "billing@contoso.example, /support",
        "user@contoso.example, /support",
        "admin@fabrikam.example, /support",
        "admin@northwind.example, /support",
        "orgadmin@helpline.example, /admin/tenants",
        "orgadmin@operator.example, /admin/tenants",
        "agent@helpline.example, /workspace",
        "agent@operator.example, /workspace",
        "supervisor@helpline.example, /workspace",
        "partner@litware.example, /workspace"
    })
    void everyRoleLandsOnItsPage(String login, String page) throws Exception {
        mvc.perform(get("/").with(signedIn.as(login))).andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(signedIn.as(login))).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "admin@contoso.example, /admin/tenants, 403",
        "admin@contoso.example, /admin/users, 403",
        "admin@contoso.example, /admin/audit, 403",
        "user@contoso.example, /admin/users, 403",
        "agent@helpline.example, /admin/tenants, 403",
        "supervisor@helpline.example, /admin/audit, 403",
        "partner@litware.example, /admin/users, 403",
        "orgadmin@helpline.example, /admin/users, 200",
        "orgadmin@helpline.example, /admin/audit, 200",
        "orgadmin@helpline.example, /admin/partners, 200",
        "admin@contoso.example, /features, 200",
        "agent@helpline.example, /features, 200",
        "admin@contoso.example, /account, 200",
        "user@contoso.example, /account, 200"
    })
    void pagesFollowTheRoles(String login, String page, int expected) throws Exception {
        mvc.perform(get(page).with(signedIn.as(login))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "anonymous on {0} is sent to sign in")
    @CsvSource({"/", "/support", "/admin/tenants", "/account", "/workspace"})
    void anonymousVisitorsAreAskedToSignIn(String page) throws Exception {
        mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "admin@contoso.example, /api/v1/support, 200",
        "billing@contoso.example, /api/v1/support, 200",
        "user@contoso.example, /api/v1/support, 403",
        "agent@helpline.example, /api/v1/support, 403",
        "partner@litware.example, /api/v1/support, 403",
        "orgadmin@helpline.example, /api/v1/users, 200",
        "orgadmin@helpline.example, /api/v1/audit, 200",
        "orgadmin@helpline.example, /api/v1/tenants, 200",
        "admin@contoso.example, /api/v1/users, 403",
        "admin@contoso.example, /api/v1/audit, 403",
        "admin@contoso.example, /api/v1/tenants, 403",
        "agent@helpline.example, /api/v1/users, 403",
        "supervisor@helpline.example, /api/v1/tenants, 403",
        "partner@litware.example, /api/v1/audit, 403",
        "user@contoso.example, /api/v1/me, 200",
        "partner@litware.example, /api/v1/me, 200"
    })
    void apiFollowsTheRoles(String login, String path, int expected) {
        var response = ApiClient.as(port, login).get(path);
        assertThat(response.status()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).contains("application/problem+json");
        }
    }

    @ParameterizedTest(name = "anonymous on {0}: 401")
    @CsvSource({"/api/v1/me", "/api/v1/support", "/api/v1/users", "/api/v1/me/tokens"})
    void anonymousApiCallsAreUnauthorized(String path) {
        var response = ApiClient.anonymous(port).get(path);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("type").asString()).endsWith("/unauthenticated");
    }
}
