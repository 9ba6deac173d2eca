package org.helpline.phone.web;

import java.util.Locale;
import org.helpline.phone.internal.PhoneDirectory;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The organisation admin's editor of the directory entries whose line the organisation runs. */
@Controller
@RequestMapping("/admin/phone")
@PreAuthorize("hasRole('ORG_ADMIN')")
class DirectoryAdminController {

    private final PhoneDirectory directory;

    DirectoryAdminController(PhoneDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    String list(@AuthenticationPrincipal HelplineUser me, Locale locale, Model model) {
        model.addAttribute("regions", directory.regionsOf(me.organisationId(), locale));
        return "phone/admin-list";
    }

    @GetMapping("/{code}")
    String edit(@AuthenticationPrincipal HelplineUser me, @PathVariable String code, Locale locale, Model model) {
        var region = directory.region(me.organisationId(), code, locale);
        model.addAttribute("region", region);
        model.addAttribute("form", DirectoryForm.of(region));
        return "phone/admin-edit";
    }

    @PostMapping("/{code}")
    String save(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable String code,
            @ModelAttribute("form") DirectoryForm form,
            Locale locale,
            Model model) {
        try {
            directory.changeRegion(me.organisationId(), code, form.toChange(), locale);
            return "redirect:/admin/phone/" + code + "?saved";
        } catch (InvalidInputException e) {
            var problem = e.fieldProblems().get(0);
            model.addAttribute("errorField", problem.field());
            model.addAttribute("errorMessage", problem.message());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("region", directory.region(me.organisationId(), code, locale));
        return "phone/admin-edit";
    }
}
