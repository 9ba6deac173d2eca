package org.helpline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import org.helpline.identity.internal.SecondFactorGate;
import org.helpline.identity.internal.SecondFactorService;
import org.helpline.identity.internal.SignInThrottledException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor after the password ({@code /login/second-factor}: a code of the app, a recovery
 * code or a passkey) and its enrolment and management ({@code /account/second-factor}). Until the
 * session passed the {@link SecondFactorGate}, these pages show no navigation: nothing else is
 * reachable yet.
 */
@Controller
class SecondFactorController {

    /** The TOTP secret being enrolled, kept in the session until a code of it is confirmed. */
    static final String PENDING_SECRET = "helpline.secondFactor.pendingSecret";

    private final SecondFactorService factors;
    private final Clock clock;

    SecondFactorController(SecondFactorService factors, Clock clock) {
        this.factors = factors;
        this.clock = clock;
    }

    @GetMapping(SecondFactorGate.CHALLENGE_PAGE)
    String challenge(@AuthenticationPrincipal HelplineUser me, HttpServletRequest request, Model model) {
        if (!SecondFactorGate.pending(request)) {
            return "redirect:/";
        }
        return challengePage(me, model);
    }

    @PostMapping(SecondFactorGate.CHALLENGE_PAGE)
    String check(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            Model model) {
        if (!SecondFactorGate.pending(request)) {
            return "redirect:/";
        }
        try {
            if (factors.verify(me, code, request.getRemoteAddr())) {
                passed(request, me);
                return "redirect:/";
            }
            model.addAttribute("codeRefused", true);
        } catch (SignInThrottledException throttled) {
            model.addAttribute("retryAfterSeconds", Math.max(1, throttled.secondsLeft(clock.instant())));
        }
        return challengePage(me, model);
    }

    @GetMapping(SecondFactorGate.ENROLMENT_PAGE)
    String enrolment(@AuthenticationPrincipal HelplineUser me, HttpServletRequest request, Model model) {
        return enrolmentPage(me, request, model);
    }

    @GetMapping(SecondFactorGate.ENROLMENT_PAGE + "/qr.svg")
    ResponseEntity<String> qrCode(@AuthenticationPrincipal HelplineUser me, HttpSession session) {
        var secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Content-Type", "image/svg+xml")
                .body(QrCodeSvg.of(factors.totpUri(me, secret)));
    }

    @PostMapping(SecondFactorGate.ENROLMENT_PAGE + "/totp")
    String enrolTotp(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            Model model) {
        var secret = (String) request.getSession().getAttribute(PENDING_SECRET);
        if (secret == null) {
            return "redirect:" + SecondFactorGate.ENROLMENT_PAGE;
        }
        try {
            var codes = factors.enrolTotp(me, secret, code, request.getRemoteAddr());
            request.getSession().removeAttribute(PENDING_SECRET);
            if (SecondFactorGate.pending(request)) {
                passed(request, me);
            } else {
                SecondFactorGate.pass(request, me);
            }
            return codesPage(codes, true, model);
        } catch (InvalidInputException wrong) {
            model.addAttribute("codeRefused", true);
        } catch (SignInThrottledException throttled) {
            model.addAttribute("retryAfterSeconds", Math.max(1, throttled.secondsLeft(clock.instant())));
        }
        return enrolmentPage(me, request, model);
    }

    @PostMapping(SecondFactorGate.ENROLMENT_PAGE + "/recovery-codes")
    String regenerate(@AuthenticationPrincipal HelplineUser me, Model model) {
        return codesPage(factors.regenerateRecoveryCodes(me), false, model);
    }

    @PostMapping(SecondFactorGate.ENROLMENT_PAGE + "/totp/remove")
    String removeTotp(@AuthenticationPrincipal HelplineUser me) {
        factors.removeTotp(me);
        return "redirect:/account?secondFactorRemoved#second-factor";
    }

    @PostMapping(SecondFactorGate.ENROLMENT_PAGE + "/passkeys/remove")
    String removePasskey(@AuthenticationPrincipal HelplineUser me, @RequestParam String id) {
        factors.removePasskey(me, id);
        return "redirect:/account?secondFactorRemoved#second-factor";
    }

    private String challengePage(HelplineUser me, Model model) {
        var status = factors.status(me);
        model.addAttribute("status", status);
        model.addAttribute("navigation", null);
        return "identity/second-factor";
    }

    private String enrolmentPage(HelplineUser me, HttpServletRequest request, Model model) {
        var session = request.getSession();
        var secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = factors.newTotpSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        boolean gated = SecondFactorGate.pending(request);
        model.addAttribute("secret", grouped(secret));
        model.addAttribute("status", factors.status(me));
        model.addAttribute("gated", gated);
        if (gated) {
            model.addAttribute("navigation", null);
        }
        return "identity/second-factor-enrol";
    }

    private static String codesPage(List<String> codes, boolean enrolled, Model model) {
        model.addAttribute("codes", codes);
        model.addAttribute("enrolled", enrolled);
        return "identity/second-factor-codes";
    }

    /** Accepted: a new session id (the one before the factor may have been seen), marked as passed. */
    private static void passed(HttpServletRequest request, HelplineUser me) {
        request.changeSessionId();
        SecondFactorGate.pass(request, me);
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
