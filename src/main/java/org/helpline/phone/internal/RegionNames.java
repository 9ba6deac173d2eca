package org.helpline.phone.internal;

import java.util.Locale;

/**
 * Names regions and languages in the three languages Helpline speaks: the JDK's (CLDR) names of
 * ISO codes, and the directory's own names for territories without one.
 */
final class RegionNames {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private RegionNames() {}

    /** The language Helpline shows for {@code locale}: pl, zh-CN or en. */
    public static Locale supported(Locale locale) {
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "pl" -> POLISH;
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> Locale.ENGLISH;
        };
    }

    public static String name(RegionRecord region, Locale locale) {
        var viewer = supported(locale);
        var own = region.ownNames().get(viewer.toLanguageTag());
        if (own != null) {
            return own;
        }
        return new Locale("", region.code()).getDisplayCountry(viewer);
    }

    public static String language(String tag, Locale locale) {
        var name = Locale.forLanguageTag(tag).getDisplayLanguage(supported(locale));
        return name.isEmpty() ? tag : name;
    }
}
