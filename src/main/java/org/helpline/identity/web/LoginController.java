package org.helpline.identity.web;

import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.helpline.identity.internal.SecondFactorPolicy;
import org.helpline.identity.internal.SignInThrottledException;
import org.helpline.identity.internal.SsoDirectory;
import org.helpline.identity.internal.SsoRequiredException;
import org.helpline.tenancy.EmailAddresses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-in page, e-mail first: an address of a domain with a provider (a tenant's or the
 * staff's) is sent there, any other gets the password step, whose POST Spring Security handles.
 * After a throttled attempt the page says how many seconds are left to wait; after a refused
 * single sign-on it names the reason. With the demo data and staff second factors optional, it
 * says so: production requires them.
 */
@Controller
class LoginController {

    static final String PAGE = "identity/login";

    private final Clock clock;
    private final SsoDirectory directory;
    private final boolean secondFactorOptionalNote;

    LoginController(
            Clock clock,
            SsoDirectory directory,
            SecondFactorPolicy secondFactors,
            @Value("${helpline.demo-data:false}") boolean demoData) {
        this.clock = clock;
        this.directory = directory;
        this.secondFactorOptionalNote = demoData && !secondFactors.staffRequired();
    }

    @GetMapping("/login")
    String login(
            HttpSession session,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String sso,
            Model model) {
        model.addAttribute("secondFactorOptionalNote", secondFactorOptionalNote);
        var refused = error == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (refused instanceof SignInThrottledException throttled) {
            long seconds = throttled.secondsLeft(clock.instant());
            if (seconds > 0) {
                model.addAttribute("retryAfterSeconds", seconds);
            }
        }
        if (refused instanceof SsoRequiredException) {
            model.addAttribute("ssoRequired", true);
            return PAGE;
        }
        if (sso != null) {
            model.addAttribute("ssoRefusal", "login.sso." + (SsoDirectory.knownRefusal(sso) ? sso : "failed"));
            return PAGE;
        }
        if (error != null || model.containsAttribute("email")) {
            model.addAttribute("passwordStep", true);
        }
        return PAGE;
    }

    /** The first step: the provider of the address's domain, else the password step with the address filled in. */
    @PostMapping("/login/email")
    String email(@RequestParam(name = "username", defaultValue = "") String username, RedirectAttributes next) {
        var email = username.strip().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.isValid(email)) {
            next.addFlashAttribute("email", username.strip());
            return "redirect:/login";
        }
        var route = directory.routeFor(email);
        if (route.isEmpty()) {
            next.addFlashAttribute("email", email);
            return "redirect:/login";
        }
        if (route.get() instanceof SsoDirectory.ToProvider provider) {
            return "redirect:/login/provider/" + provider.registrationId() + "?login_hint="
                    + URLEncoder.encode(email, StandardCharsets.UTF_8);
        }
        return "redirect:/login?sso=unavailable";
    }

    /**
     * A page of its own between the form and the provider: the pages' Content-Security-Policy allows
     * forms to submit to this site only ({@code form-action 'self'}), which browsers apply to every
     * redirect that follows a form, so the way to another site starts from a page, by link (its script
     * follows the link at once).
     */
    @GetMapping("/login/provider/{registrationId}")
    String toProvider(
            @PathVariable String registrationId,
            @RequestParam(name = "login_hint", defaultValue = "") String loginHint,
            Model model) {
        var hint = EmailAddresses.isValid(loginHint) ? loginHint.strip() : "";
        model.addAttribute(
                "providerLink",
                "/oauth2/authorization/" + URLEncoder.encode(registrationId, StandardCharsets.UTF_8)
                        + (hint.isEmpty() ? "" : "?login_hint=" + URLEncoder.encode(hint, StandardCharsets.UTF_8)));
        return "identity/login-provider";
    }
}
