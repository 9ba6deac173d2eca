package org.helpline.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.hamcrest.Matchers;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The language of a page: the user's choice, else the browser's, else the organisation's default. */
@HelplineIntegrationTest
class LocaleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void theBrowsersLanguageWinsOverTheOrganisationsDefault() throws Exception {
        mvc.perform(get("/support")
                        .with(signedIn.as("admin@contoso.example"))
                        .header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(content().string(Matchers.containsString("新建服务请求")));
        mvc.perform(get("/support").with(signedIn.as("admin@contoso.example")).header("Accept-Language", "en-GB"))
                .andExpect(content().string(Matchers.containsString("New service request")));
    }

    @Test
    void withoutABrowserPreferenceTheTenantsLanguageIsUsed() throws Exception {
        mvc.perform(get("/support").with(signedIn.as("admin@contoso.example")))
                .andExpect(content().string(Matchers.containsString("Nowe zgłoszenie serwisowe")));
        mvc.perform(get("/support").with(signedIn.as("admin@northwind.example")))
                .andExpect(content().string(Matchers.containsString("新建服务请求")));
    }

    @Test
    void timesAreShownInTheViewersTimeZone() throws Exception {
        mvc.perform(get("/account").with(signedIn.as("admin@northwind.example")))
                .andExpect(content().string(Matchers.containsString("Asia/Shanghai")));
    }
}
