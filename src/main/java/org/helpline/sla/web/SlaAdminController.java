package org.helpline.sla.web;

import java.util.Arrays;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.SeverityRules;
import org.helpline.sla.internal.SlaSettings;
import org.helpline.sla.internal.TargetUnit;
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

/** The calendars and policies of the admin's organisation, and the form of one policy. */
@Controller
@RequestMapping("/admin/sla")
@PreAuthorize("hasRole('ORG_ADMIN')")
class SlaAdminController {

    private final SlaSettings settings;

    SlaAdminController(SlaSettings settings) {
        this.settings = settings;
    }

    /** A (category, severity) that R-20 allows but that has no policy yet. */
    record Pair(RequestCategory category, Severity severity) {}

    @GetMapping
    String overview(@AuthenticationPrincipal HelplineUser me, Model model) {
        var policies = settings.policies(me.organisationId());
        var existing = policies.stream()
                .map(policy -> new Pair(policy.category(), policy.severity()))
                .toList();
        var missing = Arrays.stream(RequestCategory.values())
                .flatMap(category -> Arrays.stream(Severity.values()).map(severity -> new Pair(category, severity)))
                .filter(pair -> !existing.contains(pair))
                .filter(pair -> SeverityRules.capBreakBy(pair.category(), pair.severity())
                        .isEmpty())
                .toList();
        model.addAttribute("calendars", settings.calendars(me.organisationId()));
        model.addAttribute("policies", policies);
        model.addAttribute("missing", missing);
        return "sla/index";
    }

    @GetMapping("/policies/{category}/{severity}")
    String policy(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable RequestCategory category,
            @PathVariable Severity severity,
            Model model) {
        var form = settings.policy(me.organisationId(), category, severity)
                .map(PolicyForm::of)
                .orElseGet(PolicyForm::new);
        return showPolicy(me, category, severity, form, model);
    }

    @PostMapping("/policies/{category}/{severity}")
    String changePolicy(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable RequestCategory category,
            @PathVariable Severity severity,
            @ModelAttribute("policyForm") PolicyForm form,
            BindingResult result,
            Model model) {
        try {
            settings.changePolicy(me.organisationId(), category, severity, form.toChange());
            return "redirect:/admin/sla?saved";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
            return showPolicy(me, category, severity, form, model);
        }
    }

    private String showPolicy(
            HelplineUser me, RequestCategory category, Severity severity, PolicyForm form, Model model) {
        model.addAttribute("policyForm", form);
        model.addAttribute("category", category);
        model.addAttribute("severity", severity);
        model.addAttribute("calendars", settings.calendars(me.organisationId()));
        model.addAttribute("units", TargetUnit.values());
        model.addAttribute("severities", Severity.values());
        return "sla/policy";
    }
}
