package org.helpline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.helpline.HelplineIntegrationTest;
import org.helpline.VisibleText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The organisation admin's tenant pages, through a signed-in session with CSRF tokens like a browser. */
@HelplineIntegrationTest
class TenantPagesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TenantManagement tenancy;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private HttpClient browser = newBrowser();

    @Test
    void listsAndSearchesTenants() throws Exception {
        signIn("orgadmin@helpline.example");

        var all = get("/admin/tenants");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body())
                .contains("Contoso", "fabrikam.example", "Litware")
                .doesNotContain("northwind.example");
        var found = get("/admin/tenants?q=FABRIKAM");
        assertThat(found.body()).contains("Fabrikam").doesNotContain("contoso.example");
        assertThat(get("/admin/partners").body()).contains("Litware", "+1 425-555-0199");
    }

    @Test
    void registersATenantShowingErrorsNextToFields() throws Exception {
        signIn("orgadmin@helpline.example");
        var form = tenantForm();
        form.put("phones", "+48 22 123 45 67\n12345");
        form.put("domain", "contoso.example");

        var refused = post("/admin/tenants", "/admin/tenants/new", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("12345").contains("field-error");
        assertThat(tenancy.countTenants("global", token)).isZero();

        form.put("phones", "22 123 45 67\n+1 212 555 0100");
        form.put("domain", token + ".example");
        var created = post("/admin/tenants", "/admin/tenants/new", form);

        assertThat(created.statusCode()).isEqualTo(302);
        var profile = get(created.headers().firstValue("Location").orElseThrow());
        assertThat(profile.body())
                .contains("Pages " + token, "+48 22 123 45 67", "+1 212-555-0100", "it@" + token + ".example");
    }

    @Test
    void pagesShowCountriesPlansAndContractsInWords() throws Exception {
        signIn("orgadmin@helpline.example");
        var list = get("/admin/tenants");
        assertThat(VisibleText.rawValuesIn(list.body())).isEmpty();
        assertThat(VisibleText.of(list.body())).contains("Advanced").doesNotContain(" PL ", " US ");

        var contoso = tenancy.tenants("global", "contoso", 0, 1).get(0).id();
        var profile = get("/admin/tenants/" + contoso);
        assertThat(VisibleText.rawValuesIn(profile.body())).isEmpty();
        assertThat(VisibleText.of(profile.body())).doesNotContain("business-standard", "PAID", "(PL)");
        assertThat(profile.body()).contains("<option value=\"business-premium\">");
    }

    @Test
    void aRefusedTenantIsFlaggedFieldByFieldNamingEachLabel() throws Exception {
        signIn("orgadmin@helpline.example");
        var form = tenantForm();
        form.put("name", " ");
        form.put("domain", "not a domain");
        form.put("timeZone", "Mars/Olympus");
        form.put("phones", "12345");
        form.put("emails", "nobody");

        var english = VisibleText.of(
                post("/admin/tenants", "/admin/tenants/new", form, "en").body());
        assertThat(english)
                .contains("Name: enter a name")
                .contains("Domain: enter a valid domain")
                .contains("Time zone: choose one from the list.")
                .contains("Registered phones: \u201c12345\u201d is not a valid phone number.")
                .contains("Registered e-mails: \u201cnobody\u201d is not a valid e-mail address.");

        var polish = VisibleText.of(
                post("/admin/tenants", "/admin/tenants/new", form, "pl").body());
        assertThat(polish)
                .contains("Nazwa: wpisz nazwę")
                .contains("Domena: wpisz poprawną domenę")
                .contains("Strefa czasowa: wybierz z listy.")
                .contains("Zarejestrowane telefony: \u201e12345\u201d nie jest poprawnym numerem telefonu.");
        assertThat(tenancy.countTenants("global", token)).isZero();
    }

    @Test
    void editsAProfileAndRefusesAStaleEdit() throws Exception {
        signIn("orgadmin@helpline.example");
        var id = createTenant();
        var path = "/admin/tenants/" + id + "/edit";
        var form = tenantForm();
        form.remove("domain");
        form.put("name", "Edited " + token);
        form.put("contract", "ADVANCED");
        form.put("version", "0");

        assertThat(post(path, path, form).statusCode()).isEqualTo(302);
        assertThat(tenancy.profile(id).contract()).isEqualTo(Contract.ADVANCED);

        form.put("name", "Lost " + token);
        var stale = post(path, path, form);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"stale-edit\"");
        assertThat(tenancy.profile(id).name()).isEqualTo("Edited " + token);
    }

    @Test
    void addsAndRemovesASubscription() throws Exception {
        signIn("orgadmin@helpline.example");
        var id = createTenant();
        var profilePath = "/admin/tenants/" + id;
        var subscription = new LinkedHashMap<String, String>();
        subscription.put("offering", "business-premium");
        subscription.put("kind", "TRIAL");
        subscription.put("licences", "0");
        subscription.put("renewalDate", "2027-06-30");

        var refused = post(profilePath + "/subscriptions", profilePath, subscription);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("field-error");

        subscription.put("licences", "30");
        assertThat(post(profilePath + "/subscriptions", profilePath, subscription)
                        .statusCode())
                .isEqualTo(302);
        var added = tenancy.profile(id).subscriptions().get(0);
        assertThat(VisibleText.of(get(profilePath).body())).contains("Premium").doesNotContain("business-premium");

        var removed = post(profilePath + "/subscriptions/" + added.id() + "/delete", profilePath, Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(tenancy.profile(id).subscriptions()).isEmpty();
    }

    @Test
    void pagesAreForTheOwnOrganisationsAdminsOnly() throws Exception {
        var northwind = tenancy.tenants("cn", "northwind", 0, 1).get(0).id();
        signIn("orgadmin@helpline.example");
        assertThat(get("/admin/tenants/" + northwind).statusCode()).isEqualTo(404);
        assertThat(get("/admin/tenants/" + northwind + "/edit").statusCode()).isEqualTo(404);

        browser = newBrowser();
        signIn("admin@contoso.example");
        assertThat(get("/admin/tenants").statusCode()).isEqualTo(403);
        assertThat(get("/admin/partners").statusCode()).isEqualTo(403);
    }

    private static HttpClient newBrowser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private UUID createTenant() {
        return tenancy.createTenant(
                        "global",
                        new NewTenant(
                                "Pages " + token,
                                token + ".example",
                                "PL",
                                "Europe/Warsaw",
                                "pl",
                                Contract.STANDARD,
                                null,
                                List.of("+48 22 123 45 67"),
                                List.of("it@" + token + ".example")))
                .id();
    }

    private Map<String, String> tenantForm() {
        var form = new LinkedHashMap<String, String>();
        form.put("name", "Pages " + token);
        form.put("domain", token + ".example");
        form.put("country", "PL");
        form.put("timeZone", "Europe/Warsaw");
        form.put("language", "pl");
        form.put("contract", "STANDARD");
        form.put("partnerId", "");
        form.put("emails", "IT@" + token + ".example");
        form.put("phones", "+48 22 123 45 67");
        return form;
    }

    private void signIn(String login) throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("username", login);
        form.put("password", "demo");
        var response = post("/login", "/login", form);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> get(String path) throws Exception {
        var uri = path.startsWith("http") ? URI.create(path) : URI.create("http://localhost:" + port + path);
        return browser.send(
                HttpRequest.newBuilder(uri).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String formPage, Map<String, String> fields) throws Exception {
        return post(path, formPage, fields, "en");
    }

    private HttpResponse<String> post(String path, String formPage, Map<String, String> fields, String language)
            throws Exception {
        var csrf = CSRF.matcher(get(formPage).body());
        assertThat(csrf.find()).as("CSRF token on " + formPage).isTrue();
        var body = new LinkedHashMap<>(fields);
        body.put("_csrf", csrf.group(1));
        var encoded = body.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(encoded))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
