package org.helpline.scim.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.helpline.scim.internal.ProvisionedUsers;
import org.helpline.shared.HelplineUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /scim/v2/Users} of the calling directory's tenant (RFC 7644, 3). Bodies are read whatever
 * their content type says ({@code application/scim+json} or {@code application/json}), and answered
 * as {@code application/scim+json}. SCIM is its own protocol, so it is left out of the OpenAPI document.
 */
@Hidden
@Controller
@RequestMapping(ScimRepresentations.BASE + "/Users")
class ScimUserController {

    private final ProvisionedUsers users;
    private final ScimRepresentations scim;

    ScimUserController(ProvisionedUsers users, ScimRepresentations scim) {
        this.users = users;
        this.scim = scim;
    }

    @GetMapping
    ResponseEntity<String> list(
            @AuthenticationPrincipal HelplineUser directory,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String startIndex,
            @RequestParam(required = false) String count) {
        var page = users.list(
                tenant(directory),
                filter,
                ScimParameters.number(startIndex, "startIndex"),
                ScimParameters.number(count, "count"));
        return scim.list(page, scim::user);
    }

    @GetMapping("/{id}")
    ResponseEntity<String> get(@AuthenticationPrincipal HelplineUser directory, @PathVariable String id) {
        return scim.user(200, users.get(tenant(directory), ScimRepresentations.id(id, "User")));
    }

    @PostMapping
    ResponseEntity<String> create(
            @AuthenticationPrincipal HelplineUser directory, @RequestBody(required = false) String body) {
        return scim.user(201, users.create(tenant(directory), scim.read(body)));
    }

    @PutMapping("/{id}")
    ResponseEntity<String> replace(
            @AuthenticationPrincipal HelplineUser directory,
            @PathVariable String id,
            @RequestBody(required = false) String body) {
        return scim.user(200, users.replace(tenant(directory), ScimRepresentations.id(id, "User"), scim.read(body)));
    }

    @PatchMapping("/{id}")
    ResponseEntity<String> patch(
            @AuthenticationPrincipal HelplineUser directory,
            @PathVariable String id,
            @RequestBody(required = false) String body) {
        return scim.user(200, users.patch(tenant(directory), ScimRepresentations.id(id, "User"), scim.read(body)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal HelplineUser directory, @PathVariable String id) {
        users.delete(tenant(directory), ScimRepresentations.id(id, "User"));
        return ResponseEntity.noContent().build();
    }

    private static java.util.UUID tenant(HelplineUser directory) {
        return directory.tenantId().orElseThrow();
    }
}
