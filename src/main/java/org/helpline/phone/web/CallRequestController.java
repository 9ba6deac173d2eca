package org.helpline.phone.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.phone.CallView;
import org.helpline.phone.internal.PhoneRequests;
import org.helpline.requests.HandledBy;
import org.helpline.requests.web.Choice;
import org.helpline.requests.web.FormErrors;
import org.helpline.requests.web.RequestForm;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.ProblemException;
import org.helpline.shared.RequestCategory;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantProfile;
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
 * Filing a request on the caller's behalf from the call console (channel PHONE, R-9), with the
 * request form of the requests module; the page also lists the tenant's open requests to log the
 * call on (see {@link CallLogController}).
 */
@Controller
@RequestMapping("/workspace/calls/{callId}/request")
class CallRequestController {

    private final PhoneRequests requests;

    CallRequestController(PhoneRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    String form(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID callId, Locale locale, Model model) {
        var call = requests.verifiedCall(me, callId);
        var tenant = requests.tenant(me, call);
        var form = new RequestForm();
        form.setRouteTo(HandledBy.PROVIDER);
        form.setPhone(PhoneNumbers.international(call.callerNumber()));
        form.setEmail(tenant.emails().isEmpty() ? null : tenant.emails().get(0).email());
        form.setLanguage(tenant.language().toLanguageTag());
        return page(me, call, tenant, form, FormErrors.none(), locale, model);
    }

    @GetMapping("/options")
    String options(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID callId,
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            Locale locale,
            Model model) {
        var call = requests.verifiedCall(me, callId);
        addOptions(requests.tenant(me, call), form, locale, model);
        model.addAttribute("errors", FormErrors.none());
        return "requests/new :: options";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID callId,
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            Locale locale,
            Model model) {
        var call = requests.verifiedCall(me, callId);
        var tenant = requests.tenant(me, call);
        if (binding.hasErrors()) {
            return page(me, call, tenant, form, FormErrors.of(binding), locale, model);
        }
        form.setRouteTo(HandledBy.PROVIDER);
        try {
            var filed = requests.file(me, callId, form.toCommand());
            return "redirect:/workspace/requests/" + filed.request().id() + "?filed";
        } catch (ProblemException problem) {
            if (problem.status() != 400 && problem.status() != 422) {
                throw problem;
            }
            return page(me, call, tenant, form, FormErrors.of(problem), locale, model);
        }
    }

    private String page(
            HelplineUser me,
            CallView call,
            TenantProfile tenant,
            RequestForm form,
            FormErrors errors,
            Locale locale,
            Model model) {
        addOptions(tenant, form, locale, model);
        model.addAttribute("call", call);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", List.of("pl", "en", "zh-CN"));
        model.addAttribute("openRequests", requests.openRequests(me, call));
        return "phone/call-request";
    }

    private void addOptions(TenantProfile tenant, RequestForm form, Locale locale, Model model) {
        if (form.getCategory() == null) {
            form.setCategory(RequestCategory.values()[0]);
        }
        var options = requests.options(tenant, form.getCategory(), form.getServiceId(), locale);
        model.addAttribute(
                "categories",
                options.categories().entrySet().stream()
                        .map(category -> new Choice(category.getKey().name(), category.getValue()))
                        .toList());
        model.addAttribute("services", options.services());
        model.addAttribute("classifications", options.classifications());
        model.addAttribute("severities", options.severities());
        model.addAttribute("form", form);
    }
}
