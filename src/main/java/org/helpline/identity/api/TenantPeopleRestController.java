package org.helpline.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.identity.Invitation;
import org.helpline.identity.TenantPeople;
import org.helpline.identity.TenantPerson;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's people, for the tenant's global admins and the org admins of its organisation. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/users")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'ORG_ADMIN')")
class TenantPeopleRestController {

    private static final String WHO = """
             Allowed to the tenant's own global admins and to the org admins of the tenant's support \
            organisation; another tenant answers 403, another organisation's tenant 404.""";

    private final TenantPeople people;

    TenantPeopleRestController(TenantPeople people) {
        this.people = people;
    }

    record PersonChange(@NotEmpty Set<Role> roles, boolean enabled, Long version) {}

    @Operation(
            summary = "The tenant's users",
            description = "Each with roles, enabled, whether an invitation is open, and the last sign-in." + WHO)
    @ApiResponse(responseCode = "200", description = "The users, by e-mail address")
    @ApiResponse(responseCode = "403", description = "Not a global admin of this tenant nor an org admin")
    @ApiResponse(responseCode = "404", description = "No such tenant in the caller's organisation")
    @GetMapping
    List<TenantPerson> list(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId) {
        return people.people(me, tenantId);
    }

    @Operation(summary = "Invite a user by e-mail", description = """
            Creates the user without a password, unable to sign in, and e-mails them a one-time link \
            valid 72 hours in their language (pl, en or zh-CN; the tenant's when absent) that sets \
            their password. Roles: GLOBAL_ADMIN, BILLING_ADMIN, SERVICE_SUPPORT_ADMIN, HELPDESK_ADMIN \
            and USER; never staff roles.""" + WHO)
    @ApiResponse(responseCode = "201", description = "Invited; the user as listed")
    @ApiResponse(responseCode = "400", description = "A field breaks a rule (taken e-mail, staff role, language)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TenantPerson invite(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID tenantId,
            @Valid @RequestBody Invitation invitation) {
        return people.invite(me, tenantId, invitation);
    }

    @Operation(summary = "Change a user's roles and whether they may sign in", description = """
            Ends the user's sessions. With version, refused (409 stale-edit) when someone changed \
            the user since.""" + WHO)
    @ApiResponse(responseCode = "200", description = "The user as changed")
    @ApiResponse(responseCode = "409", description = "The last enabled global admin (last-global-admin) or stale")
    @PutMapping("/{userId}")
    TenantPerson change(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID tenantId,
            @PathVariable UUID userId,
            @Valid @RequestBody PersonChange change) {
        return people.change(me, tenantId, userId, change.roles(), change.enabled(), change.version());
    }

    @Operation(summary = "Remove a user", description = "Ends the user's sessions." + WHO)
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", description = "The tenant's last enabled global admin (last-global-admin)")
    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId, @PathVariable UUID userId) {
        people.remove(me, tenantId, userId);
    }

    @Operation(summary = "Send a user's invitation again", description = """
            Mails a new one-time link, valid 72 hours, to a user who has not accepted their \
            invitation (also when it ran out); the links sent before stop working.""" + WHO)
    @ApiResponse(responseCode = "200", description = "Sent; the user as listed")
    @ApiResponse(responseCode = "409", description = "The user accepted an invitation already (invitation-accepted)")
    @PostMapping("/{userId}/invitation")
    TenantPerson inviteAgain(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId, @PathVariable UUID userId) {
        return people.inviteAgain(me, tenantId, userId);
    }
}
