package org.helpline.scim.internal;

import org.helpline.tenancy.TenantManagement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain of {@code /scim/**}, before the API's and the pages': stateless, no CSRF (no cookie
 * is ever read), and only a tenant's directory showing its secret gets in.
 */
@Configuration
@ConditionalOnWebApplication
class ScimSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain scimChain(
            HttpSecurity http, DirectorySecrets secrets, TenantManagement tenants, JsonMapper json) throws Exception {
        var secretFilter = new ScimSecretFilter(secrets, tenants, json);
        http.securityMatcher("/scim/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(DirectoryPrincipal.AUTHORITY))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint((request, response, e) -> secretFilter.refuse(response)))
                .addFilterBefore(secretFilter, AuthorizationFilter.class);
        return http.build();
    }
}
