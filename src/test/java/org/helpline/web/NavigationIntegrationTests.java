package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The navigation offers each demo role exactly the pages it may open: every link shown answers 200,
 * and the pages a role is refused are not shown (the organisation admin's navigation once offered
 * the queue, which answered 403).
 */
@HelplineIntegrationTest
class NavigationIntegrationTests {

    private static final Pattern NAV_LINK = Pattern.compile("<a\\b[^>]*\\bdata-nav-link\\b[^>]*>");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "admin@contoso.example; /support; /requests; /workspace/queue",
                "user@contoso.example; /support; /kb; /requests",
                "admin@contoso.example; /support; /tenant/users; /admin/users",
                "billing@contoso.example; /support; /requests; /tenant/users",
                "orgadmin@helpline.example; /admin/tenants; /admin/audit; /workspace/queue",
                "agent@helpline.example; /workspace; /workspace/calls; /admin/users",
                "supervisor@helpline.example; /workspace; /dashboard; /admin/tenants",
                "partner@litware.example; /workspace; /workspace/queue; /workspace/calls"
            })
    void everyLinkShownOpensAndRefusedPagesAreNotShown(String login, String landing, String shown, String refused)
            throws Exception {
        var links = navigationLinks(landing, login);

        assertThat(links).contains(landing, shown).doesNotContain(refused);
        for (var link : links) {
            var status = mvc.perform(get(link).with(signedIn.as(login)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("%s opens %s", login, link).isEqualTo(200);
        }
        var refusedStatus = mvc.perform(get(refused).with(signedIn.as(login)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(refusedStatus).as("%s is refused %s", login, refused).isNotEqualTo(200);
    }

    private List<String> navigationLinks(String page, String login) throws Exception {
        var html = mvc.perform(get(page).with(signedIn.as(login)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var links = new ArrayList<String>();
        var anchors = NAV_LINK.matcher(html);
        while (anchors.find()) {
            var href = HREF.matcher(anchors.group());
            assertThat(href.find()).as("a navigation link with an address").isTrue();
            links.add(href.group(1));
        }
        return links;
    }
}
