package org.helpline.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.helpline.identity.internal.SecondFactorService;
import org.helpline.shared.HelplineUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Second factors over the API: the caller's own, an org admin's reset of a user's, and whether a
 * tenant requires them. Enrolment happens on the account page, in a browser.
 */
@RestController
class SecondFactorRestController {

    private final SecondFactorService factors;

    SecondFactorRestController(SecondFactorService factors) {
        this.factors = factors;
    }

    record TenantSecurity(@NotNull Boolean secondFactorRequired) {}

    @Operation(summary = "The caller's second factors", description = """
                    Whether an authenticator app (TOTP) is set up, how many recovery codes are left, the \
                    passkeys by name, and whether the caller must have a second factor.""")
    @GetMapping("/api/v1/me/second-factors")
    SecondFactorService.Status mine(@AuthenticationPrincipal HelplineUser me) {
        return factors.status(me);
    }

    @Operation(summary = "Reset a user's second factors", description = """
                    Forgets the user's app, recovery codes and passkeys (a lost phone or key) and ends their \
                    sessions; they enrol again at their next sign-in. Org admins only, for users of their own \
                    organisation; audited as user.second-factor-reset.""")
    @ApiResponse(responseCode = "204", description = "Reset")
    @ApiResponse(responseCode = "403", description = "Not an org admin")
    @ApiResponse(responseCode = "404", description = "No such user in the caller's organisation")
    @DeleteMapping("/api/v1/users/{userId}/second-factors")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID userId) {
        factors.reset(me, userId);
    }

    @Operation(
            summary = "Whether the tenant requires a second factor of its users",
            description = "For the tenant's global admins and the org admins of its organisation.")
    @GetMapping("/api/v1/tenants/{tenantId}/security")
    @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'ORG_ADMIN')")
    TenantSecurity tenantSecurity(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId) {
        return new TenantSecurity(factors.tenantRequires(me, tenantId));
    }

    @Operation(summary = "Require a second factor of the tenant's users, or not", description = """
                    When required, each user of the tenant enrols a second factor at their next sign-in \
                    before anything else. For the tenant's global admins (403 for another tenant) and the org \
                    admins of its organisation (404 for another organisation's tenant); audited.""")
    @ApiResponse(responseCode = "200", description = "The setting as it is now")
    @ApiResponse(responseCode = "400", description = "secondFactorRequired missing")
    @PutMapping("/api/v1/tenants/{tenantId}/security")
    @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'ORG_ADMIN')")
    TenantSecurity requireForTenant(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID tenantId,
            @Valid @RequestBody TenantSecurity request) {
        factors.requireForTenant(me, tenantId, request.secondFactorRequired());
        return new TenantSecurity(factors.tenantRequires(me, tenantId));
    }
}
