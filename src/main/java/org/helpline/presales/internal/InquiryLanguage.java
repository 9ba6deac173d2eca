package org.helpline.presales.internal;

import java.util.Locale;

/** The language tag (pl, en or zh-CN) of e-mails to a prospect who read the page, or sent the API call, in {@code locale}. */
public final class InquiryLanguage {

    private InquiryLanguage() {}

    public static String of(Locale locale) {
        var language = locale == null ? "" : locale.getLanguage();
        if (language.equals("pl")) {
            return "pl";
        }
        return language.equals("zh") ? "zh-CN" : "en";
    }
}
