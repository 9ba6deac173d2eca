package org.helpline.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.helpline.ModuleTestDatabase;
import org.helpline.identity.UserManagement;
import org.helpline.shared.NotFoundException;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web module with tenancy and identity replaced: a page that refuses with a domain error is shown as the
 * friendly error page of its status, inside the shared layout, in the reader's language.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(WebModuleIntegrationTests.MissingPage.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class WebModuleIntegrationTests {

    @MockitoBean
    TenantManagement tenants;

    @MockitoBean
    UserManagement users;

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser
    void aMissingThingIsShownAsTheLocalizedNotFoundPageInTheLayout() throws Exception {
        mvc.perform(get("/probe/missing").header("Accept-Language", "pl"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<main")))
                .andExpect(content().string(containsString("Nie znaleźliśmy tego")));
    }

    @Controller
    static class MissingPage {

        @GetMapping("/probe/missing")
        String missing() {
            throw new NotFoundException("probe", 1);
        }
    }
}
