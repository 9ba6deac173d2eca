package org.helpline.identity.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.identity.NewUser;
import org.helpline.identity.UserManagement;
import org.helpline.identity.internal.SecondFactorService;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Role;
import org.helpline.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation admin's pages for users and their roles. */
@Controller
@PreAuthorize("hasRole('ORG_ADMIN')")
class UserAdminController {

    private static final int PAGE_SIZE = 25;

    private final UserManagement users;
    private final SecondFactorService secondFactors;

    UserAdminController(UserManagement users, SecondFactorService secondFactors) {
        this.users = users;
        this.secondFactors = secondFactors;
    }

    @GetMapping("/admin/users")
    String list(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        long total = users.countUsers(me.organisationId(), q);
        var pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var shown = (int) Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("users", users.users(me.organisationId(), q, shown, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("total", total);
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(@AuthenticationPrincipal HelplineUser me, Model model) {
        model.addAttribute("user", new NewUser("", "", "", null, null, EnumSet.noneOf(Role.class), null));
        return form(me, model);
    }

    @PostMapping("/admin/users")
    String create(
            @AuthenticationPrincipal HelplineUser me,
            @Valid @ModelAttribute("user") NewUser user,
            BindingResult binding,
            Model model) {
        if (binding.hasErrors()) {
            return form(me, model);
        }
        try {
            var created = users.create(me.organisationId(), user);
            return "redirect:/admin/users/" + created.id() + "?created";
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(problem -> reject(binding, problem));
            return form(me, model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String show(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Model model) {
        var user = users.user(me.organisationId(), id);
        model.addAttribute("user", user);
        model.addAttribute("tenant", users.tenantOf(user));
        model.addAttribute("allRoles", rolesFor(user.tenantId(), user.partnerId()));
        return "identity/user";
    }

    @PostMapping("/admin/users/{id}/roles")
    String changeRoles(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(required = false) Set<Role> roles,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam long version,
            Model model) {
        try {
            users.changeRoles(me.organisationId(), id, chosen(roles), enabled, version);
            return "redirect:/admin/users/" + id + "?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("roleError", "users.error.roles");
            return show(me, id, model);
        } catch (StaleEditException e) {
            model.addAttribute("roleError", "common.stale");
            return show(me, id, model);
        }
    }

    @PostMapping("/admin/users/{id}/second-factors/reset")
    String resetSecondFactors(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        secondFactors.reset(me, id);
        return "redirect:/admin/users/" + id + "?secondFactorReset";
    }

    /**
     * A rule the service refused, beside its field: {@code users.error.<field>} names the field and
     * says what fits (for the login, the only rule left after validation is that it is free).
     */
    private static void reject(BindingResult binding, InvalidInputException.FieldProblem problem) {
        var field = problem.field();
        if (binding.getFieldType(field) == null) {
            binding.reject("users.error.form", problem.message());
        } else {
            binding.rejectValue(field, "users.error." + field, problem.message());
        }
    }

    /** The roles ticked; a blank value (which binds as null) ticks none. */
    private static Set<Role> chosen(Set<Role> roles) {
        return roles == null
                ? Set.of()
                : roles.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private String form(HelplineUser me, Model model) {
        var placements = users.placements(me.organisationId());
        model.addAttribute("tenants", placements.tenants());
        model.addAttribute("partners", placements.partners());
        model.addAttribute("allRoles", Arrays.asList(Role.values()));
        return "identity/user-new";
    }

    private static List<Role> rolesFor(UUID tenantId, UUID partnerId) {
        if (tenantId != null) {
            return Arrays.stream(Role.values()).filter(Role::isTenantRole).toList();
        }
        if (partnerId != null) {
            return List.of(Role.PARTNER_AGENT);
        }
        return Arrays.stream(Role.values())
                .filter(role -> role.kind() == Role.Kind.STAFF)
                .toList();
    }
}
