package org.helpline.phone.internal;

import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
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
            List<Hours> hours,
            ZoneId hoursZone) {}

    record Hours(HoursRule rule, String daysText) {}

    public static LocalizedDirectory of(DirectorySnapshot snapshot, Locale locale) {
        var collator = Collator.getInstance(locale);
        var line = snapshot.internationalLine();
        var regions = snapshot.regions().stream()
                .map(record ->
                        record.numbers().isEmpty() ? reachedAbroad(record, locale, line) : withOwnLine(record, locale))
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
        var local = now.atZone(region.hoursZone());
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
                region.hoursZone().getId(),
                region.languages(),
                open);
    }

    private static Region withOwnLine(RegionRecord record, Locale locale) {
        var numbers = record.numbers().stream()
                .map(n -> new DirectoryNumber(
                        n.e164(), n.display() != null ? n.display() : PhoneNumbers.national(n.e164()), n.kind()))
                .toList();
        return new Region(
                record,
                RegionNames.name(record, locale),
                true,
                numbers,
                languages(record.languages(), locale),
                hours(record.hours(), locale),
                record.zone());
    }

    /**
     * A region without a local number: callers there dial the international line, so they see its
     * languages and its hours in its own zone, never hours of a line the region does not have.
     */
    private static Region reachedAbroad(RegionRecord record, Locale locale, Regions.InternationalLine line) {
        var number = new DirectoryNumber(line.e164(), PhoneNumbers.international(line.e164()), LineKind.INTERNATIONAL);
        return new Region(
                record,
                RegionNames.name(record, locale),
                false,
                List.of(number),
                languages(line.languages(), locale),
                hours(line.hours(), locale),
                line.zone() != null ? line.zone() : record.zone());
    }

    private static List<DirectoryLanguage> languages(List<String> tags, Locale locale) {
        return tags.stream()
                .map(tag -> new DirectoryLanguage(tag, RegionNames.language(tag, locale)))
                .toList();
    }

    private static List<Hours> hours(List<HoursRule> rules, Locale locale) {
        return rules.stream()
                .map(rule -> new Hours(rule, rule.daysText(locale)))
                .toList();
    }
}
