package org.helpline.tenancy.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.helpline.tenancy.Contract;
import org.springframework.ui.Model;

/** The choices of the tenant form: countries named in the viewer's language, time zones, languages, contracts. */
final class FormOptions {

    static final List<String> LANGUAGES = List.of("pl", "en", "zh-CN");
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.equals("UTC")
                    || zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    /** A country code with its name in the viewer's language. */
    record Country(String code, String name) {}

    private FormOptions() {}

    /** Adds the choices; {@code currentZone} is among the zones even if it is an alias left out of the list. */
    static void addTo(Model model, Locale viewer, String currentZone) {
        model.addAttribute("countries", countries(viewer));
        model.addAttribute(
                "zones",
                currentZone == null || currentZone.isBlank() || ZONES.contains(currentZone)
                        ? ZONES
                        : Stream.concat(Stream.of(currentZone), ZONES.stream()).toList());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("contracts", Contract.values());
    }

    /** A country's name in the viewer's language; the code itself for a code Java does not know. */
    static String countryName(String code, Locale viewer) {
        var name = new Locale("", code).getDisplayCountry(viewer);
        return name.isBlank() ? code : name;
    }

    static List<Country> countries(Locale viewer) {
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, countryName(code, viewer)))
                .sorted(Comparator.comparing(Country::name).thenComparing(Country::code))
                .toList();
    }
}
