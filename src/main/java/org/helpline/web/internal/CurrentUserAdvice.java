package org.helpline.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.shared.HelplineUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the layout needs into every page's model: the signed-in user as {@code me} (null when
 * anonymous), the {@code navigation} of their role, and the alert bell's interval in seconds as
 * {@code bellSeconds} ({@code helpline.alerts.bell-interval}).
 */
@ControllerAdvice
class CurrentUserAdvice {

    private final LayoutModel layout;

    CurrentUserAdvice(LayoutModel layout) {
        this.layout = layout;
    }

    @ModelAttribute("me")
    HelplineUser me() {
        return layout.me();
    }

    @ModelAttribute("bellSeconds")
    long bellSeconds() {
        return layout.bellSeconds();
    }

    @ModelAttribute("navigation")
    Navigation navigation(HttpServletRequest request) {
        return layout.navigation(request);
    }
}
