package org.helpline.tenancy.web;

import java.util.Map;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The partners of the organisation admin's organisation, and the form that registers one. */
@Controller
@RequestMapping("/admin/partners")
@PreAuthorize("hasRole('ORG_ADMIN')")
class PartnerController {

    private final TenantManagement tenancy;

    PartnerController(TenantManagement tenancy) {
        this.tenancy = tenancy;
    }

    /** A partner as the list shows it. */
    record PartnerView(String name, String phone, String email, String website) {}

    @GetMapping
    String list(@AuthenticationPrincipal HelplineUser me, Model model) {
        model.addAttribute("partnerForm", new PartnerForm());
        return showList(me, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal HelplineUser me,
            @ModelAttribute("partnerForm") PartnerForm form,
            BindingResult result,
            Model model) {
        try {
            tenancy.createPartner(me.organisationId(), form.toCommand());
            return "redirect:/admin/partners?created";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e, Map.of());
            return showList(me, model);
        }
    }

    private String showList(HelplineUser me, Model model) {
        model.addAttribute(
                "partners",
                tenancy.partners(me.organisationId()).stream()
                        .map(partner -> new PartnerView(
                                partner.name(),
                                PhoneNumbers.international(partner.phoneE164()),
                                partner.email(),
                                partner.website()))
                        .toList());
        return "tenancy/partners";
    }
}
