package org.helpline.web.internal;

import java.time.Duration;
import org.helpline.shared.HelplineUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user into every page's model as {@code me} (null when anonymous), and how often
 * the header's alert bell asks for its count as {@code bellSeconds}.
 */
@ControllerAdvice
class CurrentUserAdvice {

    private final long bellSeconds;

    CurrentUserAdvice(@Value("${helpline.alerts.bell-interval:30s}") Duration bellInterval) {
        this.bellSeconds = Math.max(1, bellInterval.toSeconds());
    }

    @ModelAttribute("me")
    HelplineUser me() {
        return HelplineUser.current().orElse(null);
    }

    @ModelAttribute("bellSeconds")
    long bellSeconds() {
        return bellSeconds;
    }
}
