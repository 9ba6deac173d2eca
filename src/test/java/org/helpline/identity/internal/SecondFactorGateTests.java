package org.helpline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.helpline.UserMother;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The gate's decisions, without a server: who goes on, who is sent where, and how htmx is told. */
class SecondFactorGateTests {

    private final SecondFactorService factors = mock(SecondFactorService.class);
    private final SecondFactorGate gate = new SecondFactorGate(factors);
    private final HelplineUser agent = UserMother.aUser(Role.AGENT);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aUserWhoNeedsNoFactorGoesOnAndTheSessionIsMarked() throws Exception {
        signIn(agent);
        var request = request("/workspace");

        var chain = pass(request);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(request.getSession().getAttribute(SecondFactorGate.PASSED)).isEqualTo(agent.id() + ":none");
    }

    @Test
    void aSessionLetThroughWithoutAFactorIsStoppedOnceStaffMustHaveOne() throws Exception {
        signIn(agent);
        var request = request("/workspace");
        request.getSession().setAttribute(SecondFactorGate.PASSED, agent.id() + ":none");
        when(factors.staffMustHaveOne(agent)).thenReturn(true);
        when(factors.asked(agent)).thenReturn(true);

        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        gate.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/account/second-factor");
    }

    @Test
    void aUserWithAFactorReachesOnlyTheCodePageAndHtmxIsToldToLoadIt() throws Exception {
        signIn(agent);
        when(factors.asked(agent)).thenReturn(true);
        when(factors.hasAny(agent)).thenReturn(true);

        var challenge = request("/login/second-factor");
        assertThat(pass(challenge).getRequest()).isNotNull();
        assertThat(SecondFactorGate.pending(challenge)).isTrue();
        var enrolment = new MockHttpServletResponse();
        gate.doFilter(request("/account/second-factor"), enrolment, new MockFilterChain());
        assertThat(enrolment.getRedirectedUrl()).isEqualTo("/login/second-factor");
        var fragment = request("/alerts/bell");
        fragment.addHeader("HX-Request", "true");
        var htmx = new MockHttpServletResponse();
        gate.doFilter(fragment, htmx, new MockFilterChain());
        assertThat(htmx.getStatus()).isEqualTo(204);
        assertThat(htmx.getHeader("HX-Redirect")).isEqualTo("/login/second-factor");
    }

    @Test
    void aSessionThatShowedTheFactorOfAnotherUserDoesNotPass() throws Exception {
        signIn(agent);
        when(factors.asked(agent)).thenReturn(true);
        var request = request("/workspace");
        request.getSession()
                .setAttribute(
                        SecondFactorGate.PASSED,
                        UserMother.aUser(Role.AGENT).id().toString());

        var response = new MockHttpServletResponse();
        gate.doFilter(request, response, new MockFilterChain());

        assertThat(response.getRedirectedUrl()).isEqualTo("/account/second-factor");
    }

    private MockFilterChain pass(MockHttpServletRequest request) throws Exception {
        var chain = new MockFilterChain();
        gate.doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }

    private static MockHttpServletRequest request(String path) {
        var request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        request.getSession(true);
        return request;
    }

    private static void signIn(HelplineUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
