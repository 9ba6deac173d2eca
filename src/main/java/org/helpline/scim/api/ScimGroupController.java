package org.helpline.scim.api;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.helpline.scim.internal.ProvisionedGroups;
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

/** {@code /scim/v2/Groups} of the calling directory's tenant; {@code excludedAttributes=members} leaves members out. */
@Hidden
@Controller
@RequestMapping(ScimRepresentations.BASE + "/Groups")
class ScimGroupController {

    private final ProvisionedGroups groups;
    private final ScimRepresentations scim;

    ScimGroupController(ProvisionedGroups groups, ScimRepresentations scim) {
        this.groups = groups;
        this.scim = scim;
    }

    @GetMapping
    ResponseEntity<String> list(
            @AuthenticationPrincipal HelplineUser directory,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String startIndex,
            @RequestParam(required = false) String count,
            @RequestParam(required = false) String excludedAttributes) {
        var page = groups.list(
                tenant(directory),
                filter,
                ScimParameters.number(startIndex, "startIndex"),
                ScimParameters.number(count, "count"));
        boolean withMembers = !ScimParameters.excludesMembers(excludedAttributes);
        return scim.list(page, group -> scim.group(group, withMembers));
    }

    @GetMapping("/{id}")
    ResponseEntity<String> get(
            @AuthenticationPrincipal HelplineUser directory,
            @PathVariable String id,
            @RequestParam(required = false) String excludedAttributes) {
        var group = groups.get(tenant(directory), ScimRepresentations.id(id, "Group"));
        return scim.group(200, group, !ScimParameters.excludesMembers(excludedAttributes));
    }

    @PostMapping
    ResponseEntity<String> create(
            @AuthenticationPrincipal HelplineUser directory, @RequestBody(required = false) String body) {
        return scim.group(201, groups.create(tenant(directory), scim.read(body)), true);
    }

    @PutMapping("/{id}")
    ResponseEntity<String> replace(
            @AuthenticationPrincipal HelplineUser directory,
            @PathVariable String id,
            @RequestBody(required = false) String body) {
        var group = groups.replace(tenant(directory), ScimRepresentations.id(id, "Group"), scim.read(body));
        return scim.group(200, group, true);
    }

    @PatchMapping("/{id}")
    ResponseEntity<String> patch(
            @AuthenticationPrincipal HelplineUser directory,
            @PathVariable String id,
            @RequestBody(required = false) String body) {
        var group = groups.patch(tenant(directory), ScimRepresentations.id(id, "Group"), scim.read(body));
        return scim.group(200, group, true);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal HelplineUser directory, @PathVariable String id) {
        groups.delete(tenant(directory), ScimRepresentations.id(id, "Group"));
        return ResponseEntity.noContent().build();
    }

    private static UUID tenant(HelplineUser directory) {
        return directory.tenantId().orElseThrow();
    }
}
