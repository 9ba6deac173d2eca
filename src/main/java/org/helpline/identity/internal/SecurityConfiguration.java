package org.helpline.identity.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * Two chains: the JSON API is stateless (HTTP Basic or a personal bearer token, no cookies, so no
 * CSRF); the web UI uses form login or OpenID Connect single sign-on (docs/sso.md), CSRF tokens and
 * sessions stored in the database. A user who has a second factor, or must have one, passes the
 * {@link SecondFactorGate} after the password or the provider (a code or a passkey) and may not use
 * HTTP Basic ({@link BasicSecondFactorCheck}). Both send HSTS
 * on secure requests (Spring Security's default); behind a TLS proxy a request is secure because
 * Tomcat applies the proxy's {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy=native}).
 */
@Configuration
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** JSON is never a page: it may load nothing and be framed by nothing. */
    private static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Pages run only our own script and style files: no inline script, event handler, style element
     * or attribute, and no eval (htmx is told not to inject its indicator styles nor to evaluate
     * expressions; {@code TemplateContentSecurityTests} keeps inline code out of the templates).
     */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /** The bean that ends a single sign-on either way; the passkey factor is a handler of both kinds too. */
    static final String SSO_HANDLER = "ssoSignInHandler";

    private static final String EXPLORER_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    /**
     * The one page our own pages frame: an e-mail's HTML on the local mailbox's reader, which sets
     * its own stricter policy (a sandbox without scripts, framed by our pages only).
     */
    private static final String FRAMED_BY_OUR_PAGES = "/mailbox/*/html";

    /**
     * No observations of Spring Security's own: they time every filter of the chain and cost more
     * CPU than a whole small API call. With this setting the chain is not even wrapped for them;
     * {@code http.server.requests} still times each request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The default firewall, with its header checks written as loops ({@link HeaderCharacters}). */
    @Bean
    HttpFirewall firewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
        return firewall;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokenService tokens,
            ProblemResponses problems,
            ApiAuthenticationEntryPoint signInRefused,
            SecondFactorService secondFactors)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/api/v1/phone/directory", "/api/v1/phone/directory/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/presales-inquiries")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAnyRole("ORG_ADMIN", "SUPERVISOR")
                        .requestMatchers(
                                "/api/v1/tenants/*/users",
                                "/api/v1/tenants/*/users/**",
                                "/api/v1/tenants/*/security",
                                "/api/v1/tenants/*/scim-secret")
                        .hasAnyRole("ORG_ADMIN", "GLOBAL_ADMIN")
                        .requestMatchers("/api/v1/tenants/*/sso")
                        .hasAnyRole("ORG_ADMIN", "GLOBAL_ADMIN")
                        .requestMatchers(
                                "/api/v1/tenants/**", "/api/v1/partners/**", "/api/v1/users/**", "/api/v1/audit/**")
                        .hasRole("ORG_ADMIN")
                        .anyRequest()
                        .authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .httpBasic(basic -> basic.authenticationEntryPoint(signInRefused))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problems.write(
                                response,
                                401,
                                "unauthenticated",
                                "Unauthorized",
                                "Sign in with HTTP Basic or a Bearer API token."))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, 403, "forbidden", "Forbidden", "Your roles do not allow this.")))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new BasicSecondFactorCheck(secondFactors, problems), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(
            HttpSecurity http,
            SecondFactorService secondFactors,
            PasskeySecondFactor passkeys,
            ClientRegistrationRepository registrations,
            OAuth2UserService<OidcUserRequest, OidcUser> ssoUsers,
            @Qualifier(SSO_HANDLER) AuthenticationSuccessHandler ssoSignedIn,
            @Qualifier(SSO_HANDLER) AuthenticationFailureHandler ssoRefused)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/login/email",
                                "/login/provider/*",
                                "/error",
                                "/language",
                                "/assets/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/phone/**",
                                "/surveys/**",
                                "/invitations/**",
                                "/presales")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ORG_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .oauth2Login(sso -> sso.loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new KeptNoTokens())
                        .authorizationEndpoint(endpoint ->
                                endpoint.authorizationRequestResolver(new SsoAuthorizationRequests(registrations)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(ssoUsers))
                        .successHandler(ssoSignedIn)
                        .failureHandler(ssoRefused))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .webAuthn(passkey -> passkey.disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                passkeys.secondFactor(filter);
                                return filter;
                            }
                        }))
                .addFilterAfter(new SecondFactorGate(secondFactors), AnonymousAuthenticationFilter.class)
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /**
     * Our pages get {@link #CONTENT_SECURITY_POLICY} and may not be framed (but for
     * {@link #FRAMED_BY_OUR_PAGES}); the API explorer (Swagger UI, not ours) sets
     * a style attribute from its script, so only its pages allow inline styles.
     */
    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        var explorer = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        var framed = PathPatternRequestMatcher.withDefaults().matcher(FRAMED_BY_OUR_PAGES);
        headers.frameOptions(frames -> frames.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(framed), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        framed, new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(explorer),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        explorer, new ContentSecurityPolicyHeaderWriter(EXPLORER_CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }
}
