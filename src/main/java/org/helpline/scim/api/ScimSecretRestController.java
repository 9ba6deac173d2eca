package org.helpline.scim.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.UUID;
import org.helpline.scim.internal.DirectorySecrets;
import org.helpline.shared.HelplineUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The secret with which a tenant's directory provisions its users over SCIM. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/scim-secret")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'ORG_ADMIN')")
class ScimSecretRestController {

    private static final String WHO = """
             Allowed to the tenant's own global admins and to the org admins of the tenant's support \
            organisation; another tenant answers 403, another organisation's tenant 404.""";

    private final DirectorySecrets secrets;
    private final ScimRepresentations scim;

    ScimSecretRestController(DirectorySecrets secrets, ScimRepresentations scim) {
        this.secrets = secrets;
        this.scim = scim;
    }

    /** The new secret, shown only now, and the base URL to give the directory. */
    record NewSecret(String secret, String scimUrl) {}

    /** Whether the tenant has a secret; without it, never the secret itself. */
    record SecretStatus(boolean connected, String scimUrl, Instant createdAt, String createdBy, Instant lastUsedAt) {}

    @Operation(summary = "Whether the tenant's directory has a SCIM secret", description = """
            When it was made, by whom, and when a directory last used it (written at most once a \
            minute). Never the secret.""" + WHO)
    @ApiResponse(responseCode = "200", description = "The secret's state")
    @GetMapping
    SecretStatus status(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId) {
        var status = secrets.status(me, tenantId);
        return new SecretStatus(
                status.connected(), status.scimUrl(), status.createdAt(), status.createdBy(), status.lastUsedAt());
    }

    @Operation(summary = "Make the tenant's SCIM secret", description = """
            Answers the secret once: only its SHA-256 is kept. A new secret replaces the old one at \
            once, so a directory still using the old one is refused (401) from now on. The directory \
            sends it as Authorization: Bearer to scimUrl.""" + WHO)
    @ApiResponse(responseCode = "201", description = "The secret, shown this once")
    @ApiResponse(responseCode = "403", description = "Not a global admin of this tenant nor an org admin")
    @ApiResponse(responseCode = "404", description = "No such tenant in the caller's organisation")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NewSecret create(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId) {
        return new NewSecret(secrets.create(me, tenantId), scim.base());
    }

    @Operation(summary = "Revoke the tenant's SCIM secret", description = """
            The directory is refused (401) from now on; the users it provisioned stay.""" + WHO)
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "The tenant has no secret, or no such tenant")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId) {
        secrets.revoke(me, tenantId);
    }
}
