package org.helpline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.helpline.identity.internal.UserSessions;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Lets a user sign out one of their other sessions, or everywhere at once. */
@Controller
class SessionController {

    private final UserSessions sessions;

    SessionController(UserSessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/account/sessions/{handle}/end")
    String end(@AuthenticationPrincipal HelplineUser me, @PathVariable String handle) {
        if (!sessions.end(me.login(), handle)) {
            throw new NotFoundException("Session", handle);
        }
        return "redirect:/account?sessionEnded";
    }

    @PostMapping("/account/sessions/end-all")
    String endAll(
            @AuthenticationPrincipal HelplineUser me,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        sessions.endAllBut(me.login(), null);
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?signedOut";
    }
}
