package org.helpline.requests.web;

import java.util.List;
import org.helpline.requests.AttachmentsProperties;
import org.helpline.requests.Channel;
import org.helpline.requests.HandledBy;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.api.Multiparts;
import org.helpline.requests.internal.FilingChoices;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.ProblemException;
import org.helpline.shared.RequestCategory;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantProfile;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The "New service request" page: the partner's contacts first when the tenant has a
 * partner of record, then the form with only the categories and severities the admin may
 * choose, the severity definitions, the business impact, the named contact (the
 * signed-in admin unless they name someone else) and the 24x7 confirmation, a link to the admin's own duties, the operator's fallback phone and the support
 * scope. A refused form comes back with every field to fix named by its label, the phone
 * number checked in the same pass. Category and service refresh the classification and severity choices over htmx;
 * {@code ?description=} prefills the description (the knowledge search's "Contact support").
 */
@Controller
class RequestFormController {

    private final RequestManagement requests;
    private final FilingChoices choices;

    private final FileLimits fileLimits;

    RequestFormController(RequestManagement requests, FilingChoices choices, AttachmentsProperties attachments) {
        this.fileLimits = FileLimits.of(attachments);
        this.requests = requests;
        this.choices = choices;
    }

    @GetMapping("/requests/new")
    String form(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) HandledBy route,
            @RequestParam(required = false) String description,
            Model model) {
        if (!me.isTenantAdmin()) {
            return "redirect:/support";
        }
        var profile = choices.profileOf(me);
        model.addAttribute("partner", profile.partner());
        model.addAttribute("fallbackPhone", choices.fallbackPhone(me).orElse(null));
        if (profile.partner() != null && route == null) {
            model.addAttribute("partnerFirst", true);
            return "requests/new";
        }
        var form = new RequestForm();
        form.setRouteTo(profile.partner() == null || route == null ? HandledBy.PROVIDER : route);
        form.setContactName(me.name());
        form.setPhone(
                profile.phones().isEmpty()
                        ? null
                        : PhoneNumbers.international(profile.phones().get(0).e164()));
        form.setEmail(
                profile.emails().isEmpty() ? null : profile.emails().get(0).email());
        form.setLanguage(profile.language().toLanguageTag());
        form.setDescription(
                description == null ? null : description.substring(0, Math.min(description.length(), 20000)));
        model.addAttribute("knownIssuesOnLoad", description != null && !description.isBlank());
        return page(me, profile, form, FormErrors.none(), model);
    }

    @GetMapping("/requests/new/options")
    String options(
            @AuthenticationPrincipal HelplineUser me,
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            Model model) {
        var profile = choices.profileOf(me);
        addOptions(me, profile, form, model);
        model.addAttribute("errors", FormErrors.none());
        return "requests/new :: options";
    }

    @PostMapping("/requests")
    String create(
            @AuthenticationPrincipal HelplineUser me,
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            Model model) {
        var profile = choices.profileOf(me);
        model.addAttribute("partner", profile.partner());
        model.addAttribute("fallbackPhone", choices.fallbackPhone(me).orElse(null));
        if (binding.hasErrors()) {
            return page(
                    me,
                    profile,
                    form,
                    FormErrors.of(binding).withPhoneChecked(form.getPhone(), profile.country()),
                    model);
        }
        try {
            var filed = requests.open(me, form.toCommand(), Channel.PORTAL, null, Multiparts.uploads(files));
            return "redirect:/requests/" + filed.request().id() + "?filed";
        } catch (ProblemException problem) {
            if (problem.status() != 400
                    && problem.status() != 403
                    && problem.status() != 413
                    && problem.status() != 422) {
                throw problem;
            }
            return page(
                    me,
                    profile,
                    form,
                    FormErrors.of(problem).withPhoneChecked(form.getPhone(), profile.country()),
                    model);
        }
    }

    private String page(HelplineUser me, TenantProfile profile, RequestForm form, FormErrors errors, Model model) {
        addOptions(me, profile, form, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("scope", choices.supportScope(profile, LocaleContextHolder.getLocale()));
        model.addAttribute("languages", List.of("pl", "en", "zh-CN"));
        model.addAttribute("deflection", true);
        model.addAttribute("fileLimits", fileLimits);
        return "requests/new";
    }

    /** The choices that depend on category and service; the category falls back to the first allowed. */
    private void addOptions(HelplineUser me, TenantProfile profile, RequestForm form, Model model) {
        var locale = LocaleContextHolder.getLocale();
        var categories = requests.categories(me).stream().sorted().toList();
        if (form.getCategory() == null || !categories.contains(form.getCategory())) {
            form.setCategory(categories.isEmpty() ? RequestCategory.TECHNICAL : categories.get(0));
        }
        var service = form.getServiceId() == null || form.getServiceId().isBlank() ? null : form.getServiceId();
        model.addAttribute(
                "categories",
                categories.stream()
                        .map(category -> new Choice(category.name(), choices.categoryName(category, locale)))
                        .toList());
        model.addAttribute("services", choices.services(profile, locale));
        model.addAttribute("classifications", choices.classifications(profile, form.getCategory(), service, locale));
        model.addAttribute(
                "severities",
                requests.allowedSeverities(me, form.getCategory()).stream()
                        .sorted()
                        .toList());
        model.addAttribute("form", form);
    }
}
