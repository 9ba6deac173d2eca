package org.helpline.identity.web;

import java.util.Arrays;
import java.util.UUID;
import org.helpline.identity.SingleSignOn;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException;
import org.helpline.shared.Role;
import org.helpline.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Single sign-on": the tenant's global admin registers the tenant's OpenID provider at {@code
 * /tenant/sso}; an org admin does it for a tenant of the organisation at {@code
 * /admin/tenants/{id}/sso}. The same page, the same rules ({@link SingleSignOn}).
 */
@Controller
class SsoSettingsController {

    private static final String PAGE = "identity/sso";

    private final SingleSignOn singleSignOn;

    SsoSettingsController(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/tenant/sso")
    @PreAuthorize("hasRole('GLOBAL_ADMIN')")
    String own(@AuthenticationPrincipal HelplineUser me, Model model) {
        return show(me, tenant(me), "/tenant/sso", model);
    }

    @PostMapping("/tenant/sso")
    @PreAuthorize("hasRole('GLOBAL_ADMIN')")
    String saveOwn(
            @AuthenticationPrincipal HelplineUser me,
            @ModelAttribute("form") SsoForm form,
            BindingResult binding,
            Model model) {
        return save(me, tenant(me), "/tenant/sso", form, binding, model);
    }

    @PostMapping("/tenant/sso/remove")
    @PreAuthorize("hasRole('GLOBAL_ADMIN')")
    String removeOwn(@AuthenticationPrincipal HelplineUser me, @RequestParam(required = false) Long version) {
        singleSignOn.remove(me, tenant(me), version);
        return "redirect:/tenant/sso?removed";
    }

    @GetMapping("/admin/tenants/{tenantId}/sso")
    String forTenant(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId, Model model) {
        return show(me, tenantId, "/admin/tenants/" + tenantId + "/sso", model);
    }

    @PostMapping("/admin/tenants/{tenantId}/sso")
    String saveForTenant(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID tenantId,
            @ModelAttribute("form") SsoForm form,
            BindingResult binding,
            Model model) {
        return save(me, tenantId, "/admin/tenants/" + tenantId + "/sso", form, binding, model);
    }

    @PostMapping("/admin/tenants/{tenantId}/sso/remove")
    String removeForTenant(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID tenantId,
            @RequestParam(required = false) Long version) {
        singleSignOn.remove(me, tenantId, version);
        return "redirect:/admin/tenants/" + tenantId + "/sso?removed";
    }

    private String show(HelplineUser me, UUID tenantId, String address, Model model) {
        var saved = singleSignOn.settings(me, tenantId);
        model.addAttribute("form", saved.map(SsoForm::of).orElseGet(SsoForm::empty));
        return page(tenantId, address, saved.isPresent(), model);
    }

    private String save(
            HelplineUser me, UUID tenantId, String address, SsoForm form, BindingResult binding, Model model) {
        if (binding.getTarget() == null) {
            // A value the form's fields cannot hold (a version that is no number): no form to show again.
            var field = binding.getFieldErrors().stream()
                    .findFirst()
                    .map(FieldError::getField)
                    .orElse("form");
            throw new InvalidInputException(field, "is not a value this field takes");
        }
        var saved = singleSignOn.settings(me, tenantId).isPresent();
        try {
            singleSignOn.configure(me, tenantId, form.settings());
            return "redirect:" + address + "?saved";
        } catch (StaleEditException stale) {
            binding.reject("sso.error.stale", stale.getMessage());
        } catch (ProblemException refused) {
            if (refused instanceof ForbiddenException) {
                throw refused;
            }
            reject(refused, binding);
        }
        return page(tenantId, address, saved, model);
    }

    /** Each problem beside its field, in the reader's language ({@code sso.error.<field>}, or {@code sso.error.domainTaken}). */
    private static void reject(ProblemException refused, BindingResult binding) {
        for (var problem : refused.fieldProblems()) {
            var code = "domain-taken".equals(refused.slug()) ? "sso.error.domainTaken" : "sso.error." + problem.field();
            binding.rejectValue(problem.field(), code, problem.message());
        }
        if (refused.fieldProblems().isEmpty() && !(refused instanceof InvalidInputException)) {
            binding.reject("sso.error.other", new Object[] {refused.getMessage()}, refused.getMessage());
        }
    }

    private String page(UUID tenantId, String address, boolean saved, Model model) {
        model.addAttribute("address", address);
        model.addAttribute("saved", saved);
        model.addAttribute("redirectUri", singleSignOn.redirectUri(tenantId));
        model.addAttribute(
                "tenantRoles",
                Arrays.stream(Role.values()).filter(Role::isTenantRole).toList());
        return PAGE;
    }

    private static UUID tenant(HelplineUser me) {
        return me.tenantId()
                .orElseThrow(() -> new ForbiddenException("Single sign-on is set up by a tenant's admins."));
    }
}
