package org.helpline.requests.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.helpline.catalog.Catalog;
import org.helpline.phone.CallView;
import org.helpline.phone.CallerRequests;
import org.helpline.phone.CallerVerification;
import org.helpline.phone.PhoneCalls;
import org.helpline.phone.VerificationRequiredException;
import org.helpline.requests.HandledBy;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.ProblemException;
import org.helpline.shared.RequestCategory;
import org.helpline.sla.SlaManagement;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Filing a request on the caller's behalf from the call console (channel PHONE, R-9): only while
 * the agent holds a verification grant for the call's tenant (403 otherwise); a call of another
 * agent or organisation is not found. The page also lists the tenant's open requests to log the
 * call on (see {@link CallLogController}).
 */
@Controller
@RequestMapping("/workspace/calls/{callId}/request")
class CallRequestController {

    private final PhoneCalls calls;
    private final CallerVerification verification;
    private final CallerRequests callerRequests;
    private final RequestManagement requests;
    private final TenantManagement tenants;
    private final SlaManagement sla;
    private final Catalog catalog;

    CallRequestController(
            PhoneCalls calls,
            CallerVerification verification,
            CallerRequests callerRequests,
            RequestManagement requests,
            TenantManagement tenants,
            SlaManagement sla,
            Catalog catalog) {
        this.calls = calls;
        this.verification = verification;
        this.callerRequests = callerRequests;
        this.requests = requests;
        this.tenants = tenants;
        this.sla = sla;
        this.catalog = catalog;
    }

    /** The agent's call, once it holds an active verification grant for the call's tenant (403 otherwise). */
    static CallView verifiedCall(PhoneCalls calls, CallerVerification verification, HelplineUser me, UUID callId) {
        var call = calls.call(me, callId);
        if (call.grant() == null) {
            throw new VerificationRequiredException(call.tenantId());
        }
        verification.requireGrant(me, call.tenantId());
        return call;
    }

    @GetMapping
    String form(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID callId, Model model) {
        var call = verifiedCall(calls, verification, me, callId);
        var profile = profile(me, call);
        var form = new RequestForm();
        form.setRouteTo(HandledBy.PROVIDER);
        form.setPhone(PhoneNumbers.international(call.callerNumber()));
        form.setEmail(
                profile.emails().isEmpty() ? null : profile.emails().get(0).email());
        form.setLanguage(profile.language().toLanguageTag());
        return page(me, call, profile, form, FormErrors.none(), model);
    }

    @GetMapping("/options")
    String options(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID callId,
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            Model model) {
        var call = verifiedCall(calls, verification, me, callId);
        addOptions(profile(me, call), form, model);
        model.addAttribute("errors", FormErrors.none());
        return "requests/new :: options";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID callId,
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            Model model) {
        var call = verifiedCall(calls, verification, me, callId);
        var profile = profile(me, call);
        if (binding.hasErrors()) {
            return page(me, call, profile, form, FormErrors.of(binding), model);
        }
        form.setRouteTo(HandledBy.PROVIDER);
        try {
            var filed = requests.openOnBehalf(me, call.tenantId(), form.toCommand(), null);
            return "redirect:/workspace/requests/" + filed.request().id() + "?filed";
        } catch (ProblemException problem) {
            if (problem.status() != 400 && problem.status() != 422) {
                throw problem;
            }
            return page(me, call, profile, form, FormErrors.of(problem), model);
        }
    }

    private TenantProfile profile(HelplineUser me, CallView call) {
        return tenants.findProfileInOrganisation(me.organisationId(), call.tenantId())
                .orElseThrow(() -> new NotFoundException("Tenant", call.tenantId()));
    }

    private String page(
            HelplineUser me, CallView call, TenantProfile profile, RequestForm form, FormErrors errors, Model model) {
        addOptions(profile, form, model);
        model.addAttribute("call", call);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", List.of("pl", "en", "zh-CN"));
        model.addAttribute(
                "openRequests",
                callerRequests.recent(me, call.tenantId(), 50).stream()
                        .filter(request ->
                                RequestStatus.valueOf(request.status()).isOpen())
                        .toList());
        return "requests/call";
    }

    /** An agent may file any category; severities follow the tenant's contract. */
    private void addOptions(TenantProfile profile, RequestForm form, Model model) {
        var locale = LocaleContextHolder.getLocale();
        var categories = Arrays.stream(RequestCategory.values()).sorted().toList();
        if (form.getCategory() == null) {
            form.setCategory(categories.get(0));
        }
        var service = form.getServiceId() == null || form.getServiceId().isBlank() ? null : form.getServiceId();
        model.addAttribute(
                "categories",
                categories.stream()
                        .map(category -> new Choice(category.name(), catalog.categoryName(category, locale)))
                        .toList());
        model.addAttribute("services", catalog.services(profile.organisationId(), locale));
        model.addAttribute(
                "classifications",
                catalog.classifications(profile.organisationId(), form.getCategory(), service, locale));
        model.addAttribute(
                "severities",
                sla.allowedSeverities(profile.organisationId(), form.getCategory(), profile.contract()).stream()
                        .sorted()
                        .toList());
        model.addAttribute("form", form);
    }
}
