package org.helpline.identity.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.identity.Invitation;
import org.helpline.identity.TenantPeople;
import org.helpline.identity.internal.SecondFactorService;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException;
import org.helpline.shared.Role;
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

/** "People": a tenant's global admin invites the tenant's users, changes their roles, disables and removes them. */
@Controller
@PreAuthorize("hasRole('GLOBAL_ADMIN')")
class TenantPeopleController {

    private static final String PAGE = "identity/people";
    private static final String HOME = "redirect:/tenant/users";

    private final TenantPeople people;

    private final SecondFactorService secondFactors;

    TenantPeopleController(TenantPeople people, SecondFactorService secondFactors) {
        this.people = people;
        this.secondFactors = secondFactors;
    }

    /** What just happened, said on top of the page: the query names it ({@code ?saved}). */
    private static final Set<String> NOTICES = Set.of("invited", "saved", "removed", "invitedAgain", "securitySaved");

    @GetMapping("/tenant/users")
    String list(@AuthenticationPrincipal HelplineUser me, @RequestParam Map<String, String> query, Model model) {
        model.addAttribute(
                "notices", query.keySet().stream().filter(NOTICES::contains).collect(Collectors.toSet()));
        return list(me, model);
    }

    /**
     * The page, also after a refused change. The page reads no request parameter itself: after a
     * form whose body cannot be read, the first read would throw while the page is drawn.
     */
    private String list(HelplineUser me, Model model) {
        model.addAttribute("invitation", new Invitation("", "", Set.of(Role.USER), null));
        return page(me, model);
    }

    @PostMapping("/tenant/users")
    String invite(
            @AuthenticationPrincipal HelplineUser me,
            @Valid @ModelAttribute("invitation") Invitation invitation,
            BindingResult binding,
            Model model) {
        if (binding.hasErrors()) {
            return page(me, model);
        }
        try {
            people.invite(me, tenant(me), withoutBlankRoles(invitation));
            return HOME + "?invited";
        } catch (InvalidInputException e) {
            e.fieldProblems()
                    .forEach(problem ->
                            binding.rejectValue(problem.field(), "people.error." + problem.field(), problem.message()));
            return page(me, model);
        }
    }

    @PostMapping("/tenant/users/{id}")
    String change(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(required = false) Set<Role> roles,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam long version,
            Model model) {
        try {
            people.change(me, tenant(me), id, chosen(roles), enabled, version);
            return HOME + "?saved";
        } catch (ProblemException refused) {
            return refused(me, id, refused, model);
        }
    }

    @PostMapping("/tenant/users/{id}/remove")
    String remove(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Model model) {
        try {
            people.remove(me, tenant(me), id);
            return HOME + "?removed";
        } catch (ProblemException refused) {
            return refused(me, id, refused, model);
        }
    }

    @PostMapping("/tenant/users/{id}/invitation")
    String inviteAgain(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Model model) {
        try {
            people.inviteAgain(me, tenant(me), id);
            return HOME + "?invitedAgain";
        } catch (ProblemException refused) {
            return refused(me, id, refused, model);
        }
    }

    @PostMapping("/tenant/users/security")
    String security(@AuthenticationPrincipal HelplineUser me, @RequestParam(defaultValue = "false") boolean required) {
        secondFactors.requireForTenant(me, tenant(me), required);
        return HOME + "?securitySaved";
    }

    /** A refused change, shown beside the person it concerned, as {@code people.refused.<problem>}. */
    private String refused(HelplineUser me, UUID id, ProblemException refused, Model model) {
        if (refused instanceof ForbiddenException) {
            throw refused;
        }
        model.addAttribute("refusedId", id);
        model.addAttribute("refusal", "people.refused." + refused.slug());
        return list(me, model);
    }

    private String page(HelplineUser me, Model model) {
        if (!model.containsAttribute("notices")) {
            model.addAttribute("notices", Set.of());
        }
        model.addAttribute("people", people.people(me, tenant(me)));
        model.addAttribute("secondFactorRequired", secondFactors.tenantRequires(me, tenant(me)));
        model.addAttribute(
                "allRoles",
                Arrays.stream(Role.values()).filter(Role::isTenantRole).toList());
        return PAGE;
    }

    private static UUID tenant(HelplineUser me) {
        return me.tenantId().orElseThrow(() -> new ForbiddenException("People are managed by a tenant's admins."));
    }

    private static Invitation withoutBlankRoles(Invitation invitation) {
        return new Invitation(
                invitation.email(),
                invitation.displayName(),
                chosen(invitation.roles()),
                invitation.language() == null || invitation.language().isBlank() ? null : invitation.language());
    }

    /** The roles ticked; a blank value (which binds as null) ticks none. */
    private static Set<Role> chosen(Set<Role> roles) {
        return roles == null
                ? Set.of()
                : roles.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
