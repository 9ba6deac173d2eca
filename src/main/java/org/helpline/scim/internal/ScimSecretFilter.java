package org.helpline.scim.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.helpline.tenancy.TenantManagement;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/** Lets a SCIM call in only with {@code Authorization: Bearer} and its tenant's current secret. */
class ScimSecretFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final DirectorySecrets secrets;
    private final TenantManagement tenants;
    private final JsonMapper json;

    ScimSecretFilter(DirectorySecrets secrets, TenantManagement tenants, JsonMapper json) {
        this.secrets = secrets;
        this.tenants = tenants;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        var tenant = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? secrets.tenantOf(header.substring(BEARER.length()).trim())
                : java.util.Optional.<java.util.UUID>empty();
        if (tenant.isEmpty()) {
            refuse(response);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new DirectoryPrincipal(tenants.profile(tenant.get())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(401);
        response.setContentType(ScimResponses.SCIM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Helpline SCIM\"");
        response.getWriter()
                .write(json.writeValueAsString(ScimResponses.error(
                        401, null, "Send the tenant's SCIM secret as Authorization: Bearer <secret>.")));
    }
}
