package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.TestTenants;
import org.helpline.VisibleText;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The "People" page of a tenant's global admin: invite, change roles, block and remove, in words. */
@HelplineIntegrationTest
class TenantPeoplePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TenantManagement tenancy;

    @Autowired
    UserManagement users;

    private UUID tenantId;
    private String admin;

    @BeforeEach
    void aTenantWithOneGlobalAdmin() {
        var tenant = TestTenants.make(tenancy, "Pages", "g");
        tenantId = tenant.id();
        admin = tenant.address("admin");
        users.create(
                "global",
                new NewUser(admin, "Gina Global", "pages-admin-1", tenantId, null, Set.of(Role.GLOBAL_ADMIN), null));
    }

    @Test
    void theAdminInvitesSomeoneAndSeesThemListedInWords() throws Exception {
        var email = "invited-" + UUID.randomUUID() + "@pages.example";
        mvc.perform(post("/tenant/users")
                        .with(signedIn.as(admin))
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Ivo Invited")
                        .param("roles", "USER", "BILLING_ADMIN")
                        .param("language", ""))
                .andExpect(redirectedUrl("/tenant/users?invited"));

        var text = VisibleText.of(page("/tenant/users?invited"));

        assertThat(text)
                .contains("The invitation was sent.", "Ivo Invited", email, "Invitation sent", "Blocked")
                .contains("Billing admin", "Last sign-in: never", "Remove for good");
        assertThat(users.exists(email)).isTrue();
    }

    @Test
    void refusedInvitationsNameTheFieldByItsLabel() throws Exception {
        var html = mvc.perform(post("/tenant/users")
                        .with(signedIn.as(admin))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("email", "not-an-address")
                        .param("displayName", "")
                        .param("language", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(VisibleText.of(html))
                .contains("E-mail address: enter an address such as", "Name: enter the name of the person.")
                .contains("Roles: choose at least one role.");
    }

    @Test
    void theLastGlobalAdminIsKeptAndOthersAreRemovedAfterConfirmation() throws Exception {
        var adminId = users.users("global", admin, 0, 1).get(0).id();
        var refused = mvc.perform(post("/tenant/users/" + adminId)
                        .with(signedIn.as(admin))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("roles", "USER")
                        .param("enabled", "true")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(VisibleText.of(refused)).contains("needs at least one global admin who can sign in");
        assertThat(users.user("global", adminId).roles()).containsExactly(Role.GLOBAL_ADMIN);

        var other = "other-" + UUID.randomUUID() + "@pages.example";
        users.create(
                "global", new NewUser(other, "Olga Other", "pages-other-1", tenantId, null, Set.of(Role.USER), null));
        var otherId = users.users("global", other, 0, 1).get(0).id();
        mvc.perform(post("/tenant/users/" + otherId + "/remove")
                        .with(signedIn.as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/tenant/users?removed"));
        assertThat(users.exists(other)).isFalse();
    }

    @Test
    void onlyATenantsGlobalAdminsHaveThePage() throws Exception {
        for (var login : List.of("billing@contoso.example", "user@contoso.example", "orgadmin@helpline.example")) {
            mvc.perform(get("/tenant/users").with(signedIn.as(login))).andExpect(status().isForbidden());
        }
        var contosoPage = VisibleText.of(mvc.perform(get("/tenant/users")
                        .with(signedIn.as("admin@contoso.example"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(contosoPage).contains("admin@contoso.example").doesNotContain(admin);
    }

    @Test
    void thePageSpeaksPolishAndChinese() throws Exception {
        assertThat(VisibleText.of(page("/tenant/users", "pl"))).contains("Osoby", "Zaproś kogoś", "Ostatnie logowanie");
        assertThat(VisibleText.of(page("/tenant/users", "zh-CN"))).contains("人员", "邀请他人", "上次登录");
    }

    private String page(String path) throws Exception {
        return page(path, "en");
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(admin)).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
