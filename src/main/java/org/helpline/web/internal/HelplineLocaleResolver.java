package org.helpline.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.helpline.shared.HelplineUser;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: the one the user chose, else the browser's Accept-Language, else the
 * default of the user's tenant or organisation, else English. Anonymous visitors' choice is kept
 * in a cookie.
 */
class HelplineLocaleResolver implements LocaleResolver {

    static final String COOKIE = "helpline-lang";
    static final List<Locale> SUPPORTED =
            List.of(Locale.forLanguageTag("pl"), Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        var user = HelplineUser.current();
        return user.flatMap(HelplineUser::chosenLocale)
                .or(() -> fromCookie(request))
                .or(() -> fromBrowser(request))
                .or(() -> user.map(HelplineUser::organisationLocale))
                .map(HelplineLocaleResolver::supported)
                .orElse(Locale.ENGLISH);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var cookie = new Cookie(COOKIE, locale == null ? "" : supported(locale).toLanguageTag());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(locale == null ? 0 : 365 * 24 * 3600);
        response.addCookie(cookie);
    }

    /** Maps any locale to the nearest one Helpline speaks: zh-* to zh-CN, pl-* to pl, else en. */
    public static Locale supported(Locale locale) {
        return switch (locale.getLanguage()) {
            case "pl" -> SUPPORTED.get(0);
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> Locale.ENGLISH;
        };
    }

    private static Optional<Locale> fromCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie ->
                        COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank())
                .map(cookie -> Locale.forLanguageTag(cookie.getValue()))
                .findFirst();
    }

    private static Optional<Locale> fromBrowser(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            var ranges = Locale.LanguageRange.parse(header);
            var tags = List.of("pl", "en", "zh-CN", "zh");
            return Optional.ofNullable(Locale.lookupTag(ranges, tags)).map(Locale::forLanguageTag);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
