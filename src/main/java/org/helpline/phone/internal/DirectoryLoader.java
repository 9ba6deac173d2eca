package org.helpline.phone.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.helpline.tenancy.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads each release of the shipped directory file that a migration registered and no node has
 * loaded yet, before the application takes requests. The release row is taken with a
 * conditional update inside the loading transaction, so with several nodes starting at once
 * exactly one loads it and the others wait for its commit and skip it. Every region goes
 * through {@link RegionRules}, so a bad data file stops the start instead of serving bad numbers.
 */
@Component
class DirectoryLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DirectoryLoader.class);
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final List<String> NAME_LANGUAGES = List.of("en", "pl", "zh-CN");

    private final Regions regions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DirectoryLoader(Regions regions, PlatformTransactionManager transactionManager, Clock clock) {
        this.regions = regions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        regions.pendingReleases()
                .forEach((release, resource) -> transactions.executeWithoutResult(status -> {
                    if (regions.takeRelease(release, clock.instant())) {
                        var file = read(resource);
                        load(file);
                        regions.bumpRevision();
                        log.info(
                                "Loaded release {} of the phone directory: {} regions",
                                release,
                                file.regions().size());
                    }
                }));
    }

    private void load(DirectoryFile file) {
        var line = internationalLine(file.internationalLine());
        regions.saveInternationalLine(line.e164(), line.languages(), line.zone(), line.hours());
        for (var region : file.regions()) {
            regions.save(record(region));
        }
    }

    /** The international line as checked by the same rules as a region's; zone and hours may be missing. */
    static Regions.InternationalLine internationalLine(DirectoryFile.Line line) {
        var languages = line.languages().stream()
                .map(tag -> RegionRules.language("internationalLine", tag))
                .toList();
        var hours = line.hours() == null ? List.<DirectoryFile.Hours>of() : line.hours();
        var rules = new ArrayList<HoursRule>();
        for (int i = 0; i < hours.size(); i++) {
            var h = hours.get(i);
            rules.add(HoursRule.parse("internationalLine.hours[" + i + "]", h.service(), h.days(), h.from(), h.to()));
        }
        var zone = line.zone() == null ? null : RegionRules.zone(line.zone());
        return new Regions.InternationalLine(
                PhoneNumbers.toE164("internationalLine", line.number(), null), languages, zone, rules, 0);
    }

    static RegionRecord record(DirectoryFile.Region region) {
        var phoneRegion = region.phoneRegion() != null ? region.phoneRegion() : region.code();
        var names = region.names() == null ? Map.<String, String>of() : region.names();
        if (!ISO_COUNTRIES.contains(region.code()) && !names.keySet().containsAll(NAME_LANGUAGES)) {
            throw new IllegalStateException(
                    "Region " + region.code() + " has no ISO code and needs names in " + NAME_LANGUAGES);
        }
        var change = new RegionChange(
                region.zone(),
                region.languages(),
                region.numbers().stream()
                        .map(n -> new RegionChange.NumberInput(n.number(), n.display(), n.kind()))
                        .toList(),
                region.hours().stream()
                        .map(h -> new RegionChange.HoursInput(h.service(), h.days(), h.from(), h.to()))
                        .toList(),
                0);
        var checked = RegionRules.check(phoneRegion, change);
        var organisation = region.organisation() == null ? "global" : region.organisation();
        return new RegionRecord(
                region.code(),
                organisation,
                phoneRegion,
                checked.zone(),
                region.seedName(),
                names,
                checked.languages(),
                checked.numbers(),
                checked.hours(),
                0);
    }

    private static DirectoryFile read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return DirectoryFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the phone directory " + resource, e);
        }
    }
}
