package org.helpline.tenancy.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.StaleEditException;
import org.helpline.tenancy.TenantManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Registers tenants and edits their profiles. Broken rules come back next to their fields; an
 * edit of a profile someone else changed meanwhile is refused with a notice, not overwritten.
 */
@Controller
@RequestMapping("/admin/tenants")
@PreAuthorize("hasRole('ORG_ADMIN')")
class TenantFormController {

    private static final String FORM = "tenancy/form";

    private final TenantManagement tenancy;

    TenantFormController(TenantManagement tenancy) {
        this.tenancy = tenancy;
    }

    @GetMapping("/new")
    String newTenant(@AuthenticationPrincipal HelplineUser me, Locale locale, Model model) {
        var form = new TenantForm();
        var organisation = tenancy.organisation(me.organisationId());
        form.setCountry(organisation.country());
        form.setTimeZone(organisation.zone().getId());
        form.setLanguage(organisation.defaultLanguage().toLanguageTag());
        model.addAttribute("tenantForm", form);
        return showForm(me, null, form, locale, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal HelplineUser me,
            @ModelAttribute("tenantForm") TenantForm form,
            BindingResult result,
            Locale locale,
            Model model) {
        if (result.hasErrors()) {
            return showForm(me, null, form, locale, model);
        }
        try {
            var created = tenancy.createTenant(me.organisationId(), form.toNewTenant());
            return "redirect:/admin/tenants/" + created.id() + "?created";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e, Map.of("phones", form.phoneLines(), "emails", form.emailLines()));
            return showForm(me, null, form, locale, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Locale locale, Model model) {
        var profile = tenancy.findProfileInOrganisation(me.organisationId(), id)
                .orElseThrow(() -> new NotFoundException("Tenant", id));
        if (profile.keepsProspects()) {
            return "redirect:/admin/tenants/" + id;
        }
        var form = TenantForm.of(profile);
        model.addAttribute("tenantForm", form);
        return showForm(me, id, form, locale, model);
    }

    @PostMapping("/{id}/edit")
    String change(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @ModelAttribute("tenantForm") TenantForm form,
            BindingResult result,
            Locale locale,
            Model model) {
        if (result.hasErrors()) {
            return showForm(me, id, form, locale, model);
        }
        try {
            tenancy.changeProfile(me.organisationId(), id, form.toChange());
            return "redirect:/admin/tenants/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e, Map.of("phones", form.phoneLines(), "emails", form.emailLines()));
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
        }
        return showForm(me, id, form, locale, model);
    }

    private String showForm(HelplineUser me, UUID tenantId, TenantForm form, Locale locale, Model model) {
        form.withEmptyInputs();
        if (tenantId != null) {
            var profile = tenancy.findProfileInOrganisation(me.organisationId(), tenantId)
                    .orElseThrow(() -> new NotFoundException("Tenant", tenantId));
            model.addAttribute("tenant", profile);
        }
        model.addAttribute("partners", tenancy.partners(me.organisationId()));
        FormOptions.addTo(model, locale, form.getTimeZone());
        return FORM;
    }
}
