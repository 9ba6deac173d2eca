package org.helpline.phone.web;

import java.text.Collator;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.helpline.phone.internal.EditableRegion;
import org.helpline.phone.internal.LineKind;
import org.springframework.ui.Model;

/**
 * What the directory editor offers to choose from: time zones, the languages a line may speak
 * (named in the viewer's language), the countries of numbers with their calling codes, the kinds
 * of line.
 */
final class EditorChoices {

    /** Languages support lines commonly speak; an entry's own languages are offered as well. */
    private static final List<String> LANGUAGES = List.of(
            "en", "pl", "zh-CN", "de", "fr", "es", "it", "pt", "nl", "cs", "sk", "uk", "ru", "hu", "ro", "sv", "da",
            "fi", "nb", "el", "tr", "ar", "he", "hi", "ja", "ko", "th", "vi", "id", "ms", "zh-TW");

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    /** A language a line may speak: its tag and its name in the viewer's language. */
    record Language(String code, String name) {}

    private EditorChoices() {}

    static void addTo(Model model, EditableRegion region, Locale viewer) {
        model.addAttribute("zones", zones(region.zone()));
        model.addAttribute("languageChoices", languages(region, viewer));
        model.addAttribute("countries", DialingCodes.countries(viewer));
        model.addAttribute(
                "kinds",
                Stream.of(LineKind.values())
                        .filter(kind -> kind != LineKind.INTERNATIONAL)
                        .toList());
        model.addAttribute("maxNumbers", DirectoryForm.MAX_NUMBERS);
    }

    /** Every zone of the list, and the entry's own even if the list leaves it out, so that saving never changes it unasked. */
    private static List<String> zones(String current) {
        if (ZONES.contains(current)) {
            return ZONES;
        }
        return Stream.concat(Stream.of(current), ZONES.stream()).toList();
    }

    static Set<String> languageCodes(EditableRegion region) {
        var codes = new LinkedHashSet<>(LANGUAGES);
        codes.addAll(region.languages());
        return codes;
    }

    private static List<Language> languages(EditableRegion region, Locale viewer) {
        var collator = Collator.getInstance(viewer);
        return languageCodes(region).stream()
                .map(code -> new Language(code, name(code, viewer)))
                .sorted(Comparator.comparing(Language::name, collator))
                .toList();
    }

    private static String name(String code, Locale viewer) {
        var locale = Locale.forLanguageTag(code);
        var name = locale.getCountry().isEmpty() ? locale.getDisplayLanguage(viewer) : locale.getDisplayName(viewer);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(viewer) + name.substring(1);
    }
}
