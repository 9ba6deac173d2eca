package org.helpline.tenancy.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.helpline.UserMother;
import org.helpline.WebSliceTest;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may use the tenant and partner API: the organisation's admins only, the others refused before any work. */
@WebSliceTest({TenantRestController.class, PartnerRestController.class})
class TenantRestControllerTests {

    private static final String TENANT = "/api/v1/tenants/" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TenantManagement tenancy;

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "ORG_ADMIN")
    void everyoneButAnOrganisationAdminIsForbiddenEveryCall(Role role) throws Exception {
        var someone = UserMother.aUser(role);
        for (var call : everyCall()) {
            mvc.perform(call.with(user(someone)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(endsWith("/forbidden")));
        }
        verifyNoInteractions(tenancy);
    }

    @Test
    void anOrganisationAdminListsTenantsAndPartners() throws Exception {
        var admin = UserMother.aUser(Role.ORG_ADMIN);
        mvc.perform(get("/api/v1/tenants").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/partners").with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void anAnonymousCallIsAskedToSignIn() throws Exception {
        mvc.perform(get("/api/v1/tenants"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.type").value(endsWith("/unauthenticated")));
        verifyNoInteractions(tenancy);
    }

    private static List<MockHttpServletRequestBuilder> everyCall() {
        return List.of(
                get("/api/v1/tenants"),
                get(TENANT),
                json(post("/api/v1/tenants")),
                json(put(TENANT)),
                json(post(TENANT + "/subscriptions")),
                get("/api/v1/partners"),
                json(post("/api/v1/partners")));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_JSON).content("{}");
    }
}
