package org.helpline.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.identity.NewUser;
import org.helpline.identity.UserAccount;
import org.helpline.identity.UserManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and roles of the caller's support organisation, for its organisation admins. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ORG_ADMIN')")
class UserRestController {

    private final UserManagement users;

    UserRestController(UserManagement users) {
        this.users = users;
    }

    record UserPage(List<UserAccount> items, long total, int page, int size) {}

    record RoleChange(@NotEmpty Set<Role> roles, boolean enabled, long version) {}

    @GetMapping
    UserPage list(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int bounded = Math.max(1, Math.min(size, 200));
        return new UserPage(
                users.users(me.organisationId(), q, page, bounded),
                users.countUsers(me.organisationId(), q),
                Math.max(page, 0),
                bounded);
    }

    @GetMapping("/{id}")
    UserAccount one(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return users.user(me.organisationId(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserAccount create(@AuthenticationPrincipal HelplineUser me, @Valid @RequestBody NewUser request) {
        return users.create(me.organisationId(), request);
    }

    @PutMapping("/{id}/roles")
    UserAccount changeRoles(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @Valid @RequestBody RoleChange request) {
        return users.changeRoles(me.organisationId(), id, request.roles(), request.enabled(), request.version());
    }
}
