package org.helpline.tenancy.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.helpline.tenancy.Contract;
import org.springframework.ui.Model;

/** The choices of the tenant form: countries named in the viewer's language, time zones, languages, contracts. */
final class FormOptions {

    static final List<String> LANGUAGES = List.of("pl", "en", "zh-CN");
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    /** A country code with its name in the viewer's language. */
    record Country(String code, String name) {}

    private FormOptions() {}

    static void addTo(Model model, Locale viewer) {
        model.addAttribute("countries", countries(viewer));
        model.addAttribute("zones", ZONES);
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("contracts", Contract.values());
    }

    static List<Country> countries(Locale viewer) {
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(viewer)))
                .sorted(Comparator.comparing(Country::name).thenComparing(Country::code))
                .toList();
    }
}
