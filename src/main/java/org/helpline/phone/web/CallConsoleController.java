package org.helpline.phone.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.helpline.phone.PhoneCalls;
import org.helpline.phone.internal.CallRefusedException;
import org.helpline.phone.internal.CallerVerification;
import org.helpline.phone.internal.TooManyCodesException;
import org.helpline.phone.internal.VerificationChannel;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.tenancy.PhoneNumbers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's call console: find the caller's tenant, start the call, send and check a code,
 * and, under the grant only, see the tenant's account. Refusals come back as messages on the page.
 */
@Controller
@RequestMapping("/workspace/calls")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
class CallConsoleController {

    private static final int MAX_QUERY = 200;
    private static final int STOP_POLLING = 286;

    private final PhoneCalls calls;
    private final CallerVerification verification;

    CallConsoleController(PhoneCalls calls, CallerVerification verification) {
        this.calls = calls;
        this.verification = verification;
    }

    @GetMapping
    String console(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String callerNumber,
            Model model) {
        var query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("callerNumber", callerNumber == null ? "" : callerNumber.strip());
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute(
                "tenants",
                query.isEmpty() || query.length() > MAX_QUERY ? java.util.List.of() : calls.findTenants(me, query));
        model.addAttribute("openCalls", calls.openCalls(me));
        return "phone/calls";
    }

    @PostMapping
    String start(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam UUID tenantId,
            @RequestParam String callerNumber,
            @RequestParam(required = false) String q,
            RedirectAttributes redirect) {
        try {
            var call = calls.start(me, tenantId, callerNumber);
            return "redirect:/workspace/calls/" + call.id();
        } catch (InvalidInputException e) {
            redirect.addAttribute("q", q == null ? "" : q);
            redirect.addAttribute("callerNumber", callerNumber);
            redirect.addFlashAttribute("problem", "invalid-number");
            return "redirect:/workspace/calls";
        }
    }

    @GetMapping("/{id}")
    String call(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Locale locale, Model model) {
        var call = calls.call(me, id);
        model.addAttribute("call", call);
        if (call.grant() != null) {
            var account = calls.account(me, id);
            model.addAttribute("account", account);
            model.addAttribute(
                    "phones",
                    account.profile().phones().stream()
                            .map(phone -> PhoneNumbers.international(phone.e164()))
                            .toList());
            model.addAttribute("countryName", new Locale("", account.profile().country()).getDisplayCountry(locale));
        }
        return "phone/call";
    }

    /**
     * The delivery line of the call's latest code, which the console asks for every 2 s while the
     * code is on its way; HTTP 286 tells htmx to stop asking once the state is final.
     */
    @GetMapping("/{id}/delivery")
    String delivery(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response) {
        var call = calls.call(me, id);
        model.addAttribute("call", call);
        if (call.challenge() == null || !call.challenge().deliveryInFlight()) {
            response.setStatus(STOP_POLLING);
        }
        return "phone/call :: deliveryLine";
    }

    @PostMapping("/{id}/verification")
    String sendCode(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam String destination,
            RedirectAttributes redirect) {
        var parts = destination.split(":", 2);
        try {
            var channel = VerificationChannel.valueOf(parts[0]);
            var sent = verification.sendCode(me, id, channel, UUID.fromString(parts[1]));
            redirect.addFlashAttribute("sentTo", sent.destination());
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            redirect.addFlashAttribute("problem", "invalid-destination");
        } catch (TooManyCodesException e) {
            redirect.addFlashAttribute("problem", "too-many-codes." + e.limit());
            redirect.addFlashAttribute(
                    "problemArgs", new Object[] {e.max(), e.window().toMinutes()});
        } catch (CallRefusedException e) {
            redirect.addFlashAttribute("problem", e.slug());
        }
        return "redirect:/workspace/calls/" + id;
    }

    @PostMapping("/{id}/confirm")
    String confirm(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam String code,
            RedirectAttributes redirect) {
        try {
            var confirmation = verification.confirm(me, id, code);
            redirect.addFlashAttribute("outcome", confirmation.outcome().name());
            redirect.addFlashAttribute("triesLeft", confirmation.triesLeft());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", "invalid-code");
        } catch (CallRefusedException e) {
            redirect.addFlashAttribute("problem", e.slug());
        }
        return "redirect:/workspace/calls/" + id;
    }

    @PostMapping("/{id}/end")
    String end(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        calls.end(me, id);
        return "redirect:/workspace/calls/" + id;
    }
}
