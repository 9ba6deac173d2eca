package org.helpline.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.helpline.identity.UserManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Switches the language of the UI. A signed-in user's choice is stored in their profile so it
 * follows them to every device; an anonymous visitor's in a cookie.
 */
@Controller
class LanguageController {

    private final UserManagement users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HelplineLocaleResolver locales = new HelplineLocaleResolver();

    LanguageController(UserManagement users) {
        this.users = users;
    }

    @PostMapping("/language")
    String change(@RequestParam String lang, HttpServletRequest request, HttpServletResponse response) {
        var locale = HelplineLocaleResolver.supported(Locale.forLanguageTag(lang));
        locales.setLocale(request, response, locale);
        HelplineUser.current().ifPresent(user -> remember(user, locale, request, response));
        return "redirect:" + backTo(request);
    }

    private void remember(HelplineUser user, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        var refreshed = users.changeLanguage(user.id(), locale.toLanguageTag());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Returns to the page the switch was made on, but never to another site. */
    private static String backTo(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            var uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equals(request.getServerName())) {
                return "/";
            }
            var path = uri.getRawPath() == null || uri.getRawPath().isBlank() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }
}
