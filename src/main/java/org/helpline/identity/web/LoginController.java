package org.helpline.identity.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.helpline.identity.internal.SecondFactorPolicy;
import org.helpline.identity.internal.SignInThrottledException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form's POST. After a throttled attempt the page
 * says how many seconds are left to wait. With the demo data and staff second factors optional, it
 * says so: production requires them.
 */
@Controller
class LoginController {

    private final Clock clock;
    private final boolean secondFactorOptionalNote;

    LoginController(
            Clock clock, SecondFactorPolicy secondFactors, @Value("${helpline.demo-data:false}") boolean demoData) {
        this.clock = clock;
        this.secondFactorOptionalNote = demoData && !secondFactors.staffRequired();
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof SignInThrottledException throttled) {
            long seconds = throttled.secondsLeft(clock.instant());
            if (seconds > 0) {
                model.addAttribute("retryAfterSeconds", seconds);
            }
        }
        model.addAttribute("secondFactorOptionalNote", secondFactorOptionalNote);
        return "identity/login";
    }
}
