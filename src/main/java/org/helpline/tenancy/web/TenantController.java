package org.helpline.tenancy.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.tenancy.Partner;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.SubscriptionKind;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantSummary;
import org.helpline.tenancy.internal.OfferingNames;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation admin's list of tenants, each tenant's page and its subscriptions. */
@Controller
@RequestMapping("/admin/tenants")
@PreAuthorize("hasRole('ORG_ADMIN')")
class TenantController {

    static final int PAGE_SIZE = 25;

    private final TenantManagement tenancy;
    private final OfferingNames offerings;

    TenantController(TenantManagement tenancy, OfferingNames offerings) {
        this.tenancy = tenancy;
        this.offerings = offerings;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        var query = q == null ? "" : q.strip();
        var total = tenancy.countTenants(me.organisationId(), query);
        var pages = Math.max(1, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
        var shown = Math.min(Math.max(page, 0), pages - 1);
        var tenants = tenancy.tenants(me.organisationId(), query, shown, PAGE_SIZE);
        model.addAttribute("tenants", tenants);
        model.addAttribute(
                "countryNames",
                tenants.stream()
                        .map(TenantSummary::country)
                        .distinct()
                        .collect(Collectors.toMap(code -> code, code -> FormOptions.countryName(code, locale))));
        model.addAttribute("q", query);
        model.addAttribute("total", total);
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        return "tenancy/list";
    }

    @GetMapping("/{id}")
    String profile(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("subscriptionForm", new SubscriptionForm());
        return showProfile(me, id, locale, model);
    }

    @PostMapping("/{id}/subscriptions")
    String addSubscription(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @ModelAttribute("subscriptionForm") SubscriptionForm form,
            BindingResult result,
            Locale locale,
            Model model) {
        if (result.hasErrors()) {
            return showProfile(me, id, locale, model);
        }
        try {
            tenancy.addSubscription(me.organisationId(), id, form.toCommand());
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e, Map.of());
            return showProfile(me, id, locale, model);
        }
        return "redirect:/admin/tenants/" + id + "?subscriptionAdded";
    }

    @PostMapping("/{id}/subscriptions/{subscriptionId}/delete")
    String removeSubscription(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @PathVariable UUID subscriptionId) {
        tenancy.removeSubscription(me.organisationId(), id, subscriptionId);
        return "redirect:/admin/tenants/" + id + "?subscriptionRemoved";
    }

    private String showProfile(HelplineUser me, UUID id, Locale locale, Model model) {
        var profile = tenancy.findProfileInOrganisation(me.organisationId(), id)
                .orElseThrow(() -> new NotFoundException("Tenant", id));
        var partners = tenancy.partners(me.organisationId());
        model.addAttribute("tenant", profile);
        model.addAttribute(
                "phones", profile.phones().stream().map(PhoneView::of).toList());
        model.addAttribute("countryName", FormOptions.countryName(profile.country(), locale));
        model.addAttribute("offerings", offerings.of(me.organisationId(), locale));
        model.addAttribute(
                "partnerPhone",
                profile.partner() == null
                        ? null
                        : PhoneNumbers.international(profile.partner().phoneE164()));
        model.addAttribute("kinds", SubscriptionKind.values());
        model.addAttribute("partners", partners);
        model.addAttribute("partnerNames", partners.stream().collect(Collectors.toMap(Partner::id, Partner::name)));
        return "tenancy/profile";
    }
}
