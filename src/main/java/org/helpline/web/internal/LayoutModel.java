package org.helpline.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import org.helpline.shared.HelplineUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the layout needs on every page, error pages included: the signed-in user {@code me} (null
 * when anonymous), the {@code navigation} of their role with the current page marked, and how often
 * the alert bell asks for news ({@code bellSeconds}). The navigation offers the local mailbox while
 * the local mail server runs ({@code helpline.mail.local.enabled}).
 */
@Component
class LayoutModel {

    private final long bellSeconds;
    private final boolean mailbox;

    LayoutModel(
            @Value("${helpline.alerts.bell-interval:30s}") Duration bellInterval,
            @Value("${helpline.mail.local.enabled:false}") boolean mailbox) {
        this.bellSeconds = Math.max(1, bellInterval.toSeconds());
        this.mailbox = mailbox;
    }

    HelplineUser me() {
        return HelplineUser.current().orElse(null);
    }

    long bellSeconds() {
        return bellSeconds;
    }

    Navigation navigation(HttpServletRequest request) {
        return Navigation.of(me(), path(request), mailbox);
    }

    /** The model of the layout, for views that are built without the controller advice (exception handlers). */
    Map<String, Object> attributes(HttpServletRequest request) {
        var attributes = new java.util.HashMap<String, Object>();
        attributes.put("me", me());
        attributes.put("bellSeconds", bellSeconds);
        attributes.put("navigation", navigation(request));
        return attributes;
    }

    /** The path the visitor asked for, also on the error page Spring Boot forwards to. */
    private static String path(HttpServletRequest request) {
        var original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var uri = original instanceof String asked ? asked : request.getRequestURI();
        var context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
