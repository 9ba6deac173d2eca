package org.helpline.phone.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.helpline.phone.internal.EditableRegion;
import org.helpline.phone.internal.PhoneDirectory;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation admin's editor of the directory entries whose line the organisation runs. Adding
 * or removing a number row posts the form back without saving, so the editor works without scripts.
 */
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
        return page(model, region, DirectoryForm.of(region), locale);
    }

    @PostMapping("/{code}")
    String save(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable String code,
            @ModelAttribute("form") DirectoryForm form,
            BindingResult binding,
            @RequestParam(required = false) String addNumber,
            @RequestParam(required = false) Integer removeNumber,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding.getFieldErrors().get(0).getField(), "is not a valid value");
        }
        var region = directory.region(me.organisationId(), code, locale);
        form.completeHours();
        if (addNumber != null || removeNumber != null) {
            if (addNumber != null) {
                form.addNumber(DialingCodes.defaultCountry(region.code()).orElse(""));
            } else {
                form.removeNumber(removeNumber);
            }
            return page(model, region, form, locale);
        }
        var e164 = DirectoryFormCheck.check(form, EditorChoices.languageCodes(region), locale, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, region, form, locale);
        }
        try {
            directory.changeRegion(me.organisationId(), code, form.toChange(e164), locale);
            return "redirect:/admin/phone/" + region.code() + "?saved";
        } catch (InvalidInputException e) {
            DirectoryProblems.reject(e, binding);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return page(model, region, form, locale);
    }

    private static String page(Model model, EditableRegion region, DirectoryForm form, Locale locale) {
        model.addAttribute("region", region);
        model.addAttribute("form", form);
        EditorChoices.addTo(model, region, locale);
        return "phone/admin-edit";
    }
}
