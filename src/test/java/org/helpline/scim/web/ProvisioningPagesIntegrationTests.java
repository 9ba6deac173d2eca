package org.helpline.scim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.TestTenants;
import org.helpline.VisibleText;
import org.helpline.identity.NewUser;
import org.helpline.identity.UserManagement;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The "Provisioning" page: the secret made, shown once, replaced and revoked, in three languages. */
@HelplineIntegrationTest
class ProvisioningPagesIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*value=\"(scim_[^\"]+)\"");

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
        var tenant = TestTenants.make(tenancy, "Provisioned", "v");
        tenantId = tenant.id();
        admin = tenant.address("admin");
        users.create(
                "global",
                new NewUser(admin, "Gina Global", "pages-admin-1", tenantId, null, Set.of(Role.GLOBAL_ADMIN), null));
    }

    @Test
    void theAdminMakesASecretSeesItOnceAndRevokesIt() throws Exception {
        assertThat(page("/tenant/users", admin, "en")).contains("provisioning");
        assertThat(VisibleText.of(page("/tenant/provisioning", admin, "en")))
                .contains("Provisioning (SCIM)", "/scim/v2", "None yet: no directory can connect.", "never")
                .contains("Generate a secret");

        var made = mvc.perform(post("/tenant/provisioning/secret")
                        .with(signedIn.as(admin))
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        var html = made.getContentAsString();
        var secret = SECRET.matcher(html);

        assertThat(secret.find()).as(html).isTrue();
        assertThat(made.getHeader("Cache-Control")).contains("no-store");
        assertThat(VisibleText.of(html)).contains("it is shown only this once", "Made", admin);
        mvc.perform(get("/scim/v2/Users").header("Authorization", "Bearer " + secret.group(1)))
                .andExpect(status().isOk());
        var later = page("/tenant/provisioning", admin, "en");
        assertThat(later).doesNotContain(secret.group(1));
        assertThat(VisibleText.of(later)).contains("Replace the secret", "Revoke the secret");

        mvc.perform(post("/tenant/provisioning/revoke").with(signedIn.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/tenant/provisioning?revoked"));
        assertThat(VisibleText.of(page("/tenant/provisioning?revoked", admin, "en")))
                .contains("The secret was revoked.", "None yet");
        mvc.perform(get("/scim/v2/Users").header("Authorization", "Bearer " + secret.group(1)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOrganisationsAdminReachesItFromTheTenantsPage() throws Exception {
        var orgAdmin = "orgadmin@helpline.example";
        assertThat(page("/admin/tenants/" + tenantId, orgAdmin, "en"))
                .contains("/admin/tenants/" + tenantId + "/provisioning");
        assertThat(VisibleText.of(page("/admin/tenants/" + tenantId + "/provisioning", orgAdmin, "en")))
                .contains("Provisioned", "Generate a secret");
        mvc.perform(post("/admin/tenants/" + tenantId + "/provisioning/secret")
                        .with(signedIn.as(orgAdmin))
                        .with(csrf()))
                .andExpect(status().isOk());

        mvc.perform(get("/admin/tenants/" + tenantId + "/provisioning").with(signedIn.as("orgadmin@operator.example")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/tenants/" + tenantId + "/provisioning/secret")
                        .with(signedIn.as(admin))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void nobodyElseHasThePage() throws Exception {
        for (var login : List.of("billing@contoso.example", "user@contoso.example", "orgadmin@helpline.example")) {
            mvc.perform(get("/tenant/provisioning").with(signedIn.as(login))).andExpect(status().isForbidden());
            mvc.perform(post("/tenant/provisioning/secret")
                            .with(signedIn.as(login))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/tenant/provisioning/secret").with(signedIn.as(admin)))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageSpeaksPolishAndChinese() throws Exception {
        assertThat(VisibleText.of(page("/tenant/provisioning", admin, "pl")))
                .contains("Aprowizacja (SCIM)", "Utwórz sekret", "Role z grup");
        assertThat(VisibleText.of(page("/tenant/provisioning", admin, "zh-CN"))).contains("用户预配", "生成密钥", "按组授予角色");
    }

    private String page(String path, String login, String language) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(login)).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
