package org.helpline.phone.internal;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.helpline.tenancy.PhoneNumbers;

/**
 * The directory in one language, sorted by name the way that language sorts: everything that
 * does not change with time is computed once here, so an answer only adds "open now".
 */
final class LocalizedDirectory {

    private final List<Region> regions;
    private final Map<String, Region> byCode;

    private LocalizedDirectory(List<Region> regions) {
        this.regions = regions;
        var index = new LinkedHashMap<String, Region>();
        regions.forEach(region -> index.put(region.record().code(), region));
        this.byCode = index;
    }

    record Region(
            RegionRecord record,
            String name,
            boolean ownLine,
            List<DirectoryNumber> numbers,
            List<DirectoryLanguage> languages,
            List<Hours> hours) {}

    record Hours(HoursRule rule, String daysText) {}

    public static LocalizedDirectory of(DirectorySnapshot snapshot, Locale locale) {
        var collator = Collator.getInstance(locale);
        var line = snapshot.internationalLine();
        var international = List.of(
                new DirectoryNumber(line.e164(), PhoneNumbers.international(line.e164()), LineKind.INTERNATIONAL));
        var regions = snapshot.regions().stream()
                .map(record -> region(record, locale, international, line.languages()))
                .sorted(Comparator.comparing(Region::name, collator)
                        .thenComparing(region -> region.record().code()))
                .toList();
        return new LocalizedDirectory(regions);
    }

    public List<DirectoryEntry> entries(Instant now) {
        return regions.stream().map(region -> entry(region, now)).toList();
    }

    public Optional<DirectoryEntry> entry(String code, Instant now) {
        return Optional.ofNullable(byCode.get(code)).map(region -> entry(region, now));
    }

    private static DirectoryEntry entry(Region region, Instant now) {
        var local = now.atZone(region.record().zone());
        var hours = region.hours().stream()
                .map(h -> new DirectoryHours(
                        h.rule().service(),
                        h.rule().days(),
                        h.daysText(),
                        h.rule().from(),
                        h.rule().to(),
                        h.rule().openAt(local)))
                .toList();
        var open = hours.stream().anyMatch(h -> h.service() == SupportService.TECHNICAL && h.openNow());
        var record = region.record();
        return new DirectoryEntry(
                record.code(),
                region.name(),
                record.seedName(),
                record.zone().getId(),
                record.organisationId(),
                region.ownLine(),
                region.numbers(),
                hours,
                region.languages(),
                open);
    }

    private static Region region(
            RegionRecord record,
            Locale locale,
            List<DirectoryNumber> international,
            List<String> internationalLanguages) {
        var own = !record.numbers().isEmpty();
        var numbers = own
                ? record.numbers().stream()
                        .map(n -> new DirectoryNumber(
                                n.e164(),
                                n.display() != null ? n.display() : PhoneNumbers.national(n.e164()),
                                n.kind()))
                        .toList()
                : international;
        var tags = own ? record.languages() : internationalLanguages;
        var languages = tags.stream()
                .map(tag -> new DirectoryLanguage(tag, RegionNames.language(tag, locale)))
                .toList();
        var hours = record.hours().stream()
                .map(rule -> new Hours(rule, rule.daysText(locale)))
                .toList();
        return new Region(record, RegionNames.name(record, locale), own, numbers, languages, hours);
    }
}
