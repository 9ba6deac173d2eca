package org.helpline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.identity.NewUser;
import org.helpline.identity.UserManagement;
import org.helpline.requests.NewRequests;
import org.helpline.shared.Role;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewSubscription;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.SubscriptionKind;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The seed's rules about the admin's side of support, as the pages and the API show them: the
 * admin's own duties (R-24), the operator's fallback phone (R-23), the account details callers
 * have ready (R-8) and what the regional operator supports (R-11).
 */
@HelplineIntegrationTest
class SeedRulesIntegrationTests {

    private static final String OPERATOR_FALLBACK = "(86) 400-089-0365";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TenantManagement tenants;

    @Autowired
    UserManagement users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void r24_theSupportHomeStatesTheAdminsDutiesBeforeTheRequestFormInEachLanguage() throws Exception {
        var english = html("/support", "admin@fabrikam.example");
        var polish = html("/support", "admin@contoso.example");
        var chinese = html("/support", "admin@northwind.example");

        assertThat(english.indexOf("id=\"admin-duties\""))
                .isPositive()
                .isLessThan(english.indexOf("id=\"new-request\""));
        assertThat(english)
                .contains(
                        "set up and configure your users",
                        "connectivity, software and mobile device problems on your side",
                        "availability problems that are within your control",
                        "use self-help first",
                        "give your users first-line help",
                        "contact support when self-help does not solve the problem");
        assertThat(polish).contains("Twoje zadania jako administratora", "udzielanie użytkownikom początkowej pomocy");
        assertThat(chinese).contains("管理员的职责", "为您的用户提供初步帮助");
    }

    @Test
    void r24_theRequestFormLinksToTheAdminsDuties() throws Exception {
        assertThat(html("/requests/new", "admin@contoso.example"))
                .contains("id=\"admin-duties-link\"", "href=\"/support#admin-duties\"");
    }

    @Test
    void r23_theOperatorsTenantsSeeTheFallbackNumberOnTheSupportHomeAndTheRequestForm() throws Exception {
        for (var path : List.of("/support", "/requests/new")) {
            var page = html(path, "admin@northwind.example");
            assertThat(page)
                    .as(path)
                    .contains("id=\"fallback-phone\"", OPERATOR_FALLBACK, "href=\"tel:+864000890365\"");
        }
        assertThat(html("/support", "admin@northwind.example")).contains("如果在线请求无法使用，请致电");
    }

    @Test
    void r23_theProvidersOwnTenantsAreNotShownTheOperatorsNumber() throws Exception {
        for (var login : List.of("admin@contoso.example", "admin@fabrikam.example")) {
            assertThat(html("/support", login)).as(login).doesNotContain(OPERATOR_FALLBACK, "id=\"fallback-phone\"");
            assertThat(html("/requests/new?route=PROVIDER", login))
                    .as(login)
                    .doesNotContain(OPERATOR_FALLBACK, "id=\"fallback-phone\"");
        }
    }

    @Test
    void r8_thePhonePageTellsCallersToHaveTheirAccountDetailsReady() throws Exception {
        assertThat(html("/phone", "admin@fabrikam.example")).contains("account details ready");
        assertThat(html("/phone", "admin@contoso.example")).contains("przygotuj szczegółowe informacje o koncie");
        assertThat(html("/phone", "admin@northwind.example")).contains("请准备好贵组织的账户详细信息");
    }

    @Test
    void r11_theOperatorGivesTechnicalPresalesAndBillingSupportOnlineForTrialAndPaidTenants() {
        var trial = ApiClient.as(port, "admin@northwind.example");
        var paid = ApiClient.as(port, paidOperatorTenantAdmin());

        var categories = trial.get("/api/v1/catalog/categories").json().findValuesAsString("id");
        assertThat(categories).contains("TECHNICAL", "PRESALES", "BILLING");
        for (var admin : List.of(trial, paid)) {
            var filed = admin.post("/api/v1/requests", ApiClient.json(NewRequests.technical("Operator R-11 " + token)));
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            assertThat(organisationOf(filed.json().get("id").asString())).isEqualTo("cn");
        }
    }

    @Test
    void r11_theOperatorsTenantsReachSupportByPhoneAsWell() throws Exception {
        assertThat(html("/phone", "admin@northwind.example")).isNotBlank();
        assertThat(html("/support", "admin@northwind.example")).contains(OPERATOR_FALLBACK);
    }

    /** A second tenant of the operator, on a paid subscription, with its global admin signed in. */
    private String paidOperatorTenantAdmin() {
        var domain = "paid-" + token + ".example";
        var login = "admin@" + domain;
        var tenant = tenants.createTenant(
                "cn",
                new NewTenant(
                        "Paid " + token,
                        domain,
                        "CN",
                        "Asia/Shanghai",
                        "zh-CN",
                        Contract.STANDARD,
                        null,
                        List.of("+86 10 5555 0199"),
                        List.of(login)));
        tenants.addSubscription(
                "cn",
                tenant.id(),
                new NewSubscription("business-basic", SubscriptionKind.PAID, 10, LocalDate.of(2027, 6, 30), null));
        users.createWithHash(
                "cn",
                new NewUser(login, "Admin " + token, "unused", tenant.id(), null, Set.of(Role.GLOBAL_ADMIN), "zh-CN"),
                passwords.encode("demo"));
        return login;
    }

    private String organisationOf(String requestId) {
        return jdbc.sql("select organisation_id from service_request where id = :id")
                .param("id", UUID.fromString(requestId))
                .query(String.class)
                .single();
    }

    private String html(String path, String login) throws Exception {
        var response =
                mvc.perform(get(path).with(signedIn.as(login))).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(path + ": " + response.getContentAsString())
                .isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
