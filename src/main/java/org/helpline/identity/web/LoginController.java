package org.helpline.identity.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.helpline.identity.internal.SignInThrottledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form's POST. After a throttled attempt the page
 * says how many seconds are left to wait.
 */
@Controller
class LoginController {

    private final Clock clock;

    LoginController(Clock clock) {
        this.clock = clock;
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
        return "identity/login";
    }
}
