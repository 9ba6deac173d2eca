package org.helpline.automation.web;

import jakarta.validation.Valid;
import org.helpline.automation.AutomationManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The routine automation of the organisation admin's own support organisation. */
@Controller
@RequestMapping("/admin/automation")
@PreAuthorize("hasRole('ORG_ADMIN')")
class AutomationController {

    private static final String PAGE = "automation/settings";

    private final AutomationManagement automation;

    AutomationController(AutomationManagement automation) {
        this.automation = automation;
    }

    @GetMapping
    String page(@AuthenticationPrincipal HelplineUser me, Model model) {
        model.addAttribute("automationForm", AutomationForm.of(automation.settings(me)));
        return PAGE;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal HelplineUser me,
            @Valid @ModelAttribute AutomationForm automationForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return PAGE;
        }
        try {
            automation.change(me, automationForm.settings());
        } catch (StaleEditException | InvalidInputException changedMeanwhile) {
            model.addAttribute("stale", true);
            model.addAttribute("automationForm", AutomationForm.of(automation.settings(me)));
            return PAGE;
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/automation";
    }
}
