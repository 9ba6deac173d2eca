package org.helpline.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.identity.SingleSignOn;
import org.helpline.identity.SsoConfiguration;
import org.helpline.identity.SsoSettings;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's single sign-on provider, for the tenant's global admins and the org admins of its organisation. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/sso")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'ORG_ADMIN')")
class SsoRestController {

    private static final String WHO = """
             Allowed to the tenant's own global admins and to the org admins of the tenant's support \
            organisation; another tenant answers 403, another organisation's tenant 404.""";

    private final SingleSignOn singleSignOn;

    SsoRestController(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    record SsoRequest(
            String issuer,
            String clientId,
            String clientSecret,
            String rolesClaim,
            Map<String, Role> roleMapping,
            List<String> domains,
            Boolean required,
            Long version) {}

    @Operation(
            summary = "The tenant's OpenID Connect provider",
            description = "Never the client secret: clientSecretSet says whether one is kept. redirectUri is the"
                    + " address to register at the provider." + WHO)
    @ApiResponse(responseCode = "200", description = "The settings; the ETag is their version")
    @ApiResponse(responseCode = "404", description = "The tenant has no provider, or no such tenant")
    @GetMapping
    ResponseEntity<SsoConfiguration> get(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId) {
        var settings = singleSignOn
                .settings(me, tenantId)
                .orElseThrow(() -> new NotFoundException("Single sign-on of tenant", tenantId));
        return ResponseEntity.ok().eTag(Long.toString(settings.version())).body(settings);
    }

    @Operation(summary = "Register or change the tenant's OpenID Connect provider", description = """
            issuer must be https (plain http only on 127.0.0.1, localhost or [::1]); its \
            /.well-known/openid-configuration is read and must name the same issuer (else 400 issuer). \
            clientSecret is required the first time and kept when left out later. roleMapping maps values \
            of the rolesClaim (default groups) to tenant roles; users with no mapped role are USER. Each \
            domain may belong to one tenant (409 domain-taken) and never to the staff. required switches \
            passwords off for the tenant's users. With version (or If-Match), refused (409 stale-edit) \
            when someone changed the settings since.""" + WHO)
    @ApiResponse(responseCode = "200", description = "The settings as saved, without the secret")
    @ApiResponse(responseCode = "400", description = "A field breaks a rule (issuer, clientId, domains, roleMapping)")
    @ApiResponse(responseCode = "409", description = "A domain of another tenant (domain-taken), or stale (stale-edit)")
    @PutMapping
    SsoConfiguration put(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID tenantId,
            @RequestBody SsoRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return singleSignOn.configure(
                me,
                tenantId,
                new SsoSettings(
                        request.issuer(),
                        request.clientId(),
                        request.clientSecret(),
                        request.rolesClaim(),
                        request.roleMapping(),
                        request.domains(),
                        Boolean.TRUE.equals(request.required()),
                        version(request.version(), ifMatch)));
    }

    @Operation(
            summary = "Remove the tenant's provider",
            description = "Users created through the provider keep their accounts, without a password they know." + WHO)
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "The tenant has no provider, or no such tenant")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID tenantId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        singleSignOn.remove(me, tenantId, version(null, ifMatch));
    }

    /** The version from the body, or else from an {@code If-Match} header ({@code "3"}). */
    private static Long version(Long body, String ifMatch) {
        if (body != null || ifMatch == null || ifMatch.isBlank()) {
            return body;
        }
        try {
            return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the version of the settings, e.g. \"3\"");
        }
    }
}
