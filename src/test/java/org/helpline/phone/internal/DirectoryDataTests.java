package org.helpline.phone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.helpline.phone.PhoneSeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The shipped directory file: every region of the seed, named in three languages, the R-7 numbers exact, open now across zones and DST. */
class DirectoryDataTests {

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static DirectorySnapshot snapshot;

    @BeforeAll
    static void load() throws Exception {
        var file = read("phone/directory-v2.json");
        var regions = file.regions().stream().map(DirectoryLoader::record).toList();
        snapshot = new DirectorySnapshot(2, regions, DirectoryLoader.internationalLine(file.internationalLine()));
    }

    private static DirectoryFile read(String resource) throws Exception {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return DirectoryFile.read(in);
        }
    }

    @Test
    void r7_everyRegionOfTheSeedIsThereOnceInTheSeedsOrder() {
        assertThat(snapshot.regions()).hasSize(PhoneSeed.REGION_COUNT);
        assertThat(snapshot.regions().stream().map(RegionRecord::seedName).toList())
                .isEqualTo(PhoneSeed.NAMES);
        assertThat(snapshot.regions().stream()
                        .map(RegionRecord::code)
                        .distinct()
                        .count())
                .isEqualTo(PhoneSeed.REGION_COUNT);
    }

    @Test
    void r7_everyRegionIsNamedInPolishEnglishAndChinese() {
        for (var region : snapshot.regions()) {
            var polish = RegionNames.name(region, POLISH);
            var english = RegionNames.name(region, Locale.ENGLISH);
            var chinese = RegionNames.name(region, Locale.SIMPLIFIED_CHINESE);
            assertThat(List.of(polish, english, chinese))
                    .as(region.code())
                    .allSatisfy(name -> assertThat(name).isNotBlank().isNotEqualTo(region.code()));
            assertThat(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as(region.code() + " " + chinese)
                    .isTrue();
        }
    }

    @Test
    void territoriesWithoutAnIsoCodeHaveTheirOwnNames() {
        var byCode = snapshot.regions().stream().collect(Collectors.toMap(RegionRecord::code, r -> r));
        assertThat(RegionNames.name(byCode.get("AC"), POLISH)).isEqualTo("Wyspa Wniebowstąpienia");
        assertThat(RegionNames.name(byCode.get("TA"), Locale.ENGLISH)).isEqualTo("Tristan da Cunha");
        assertThat(RegionNames.name(byCode.get("XK"), POLISH)).isEqualTo("Kosowo");
        assertThat(RegionNames.name(byCode.get("BQ-BO"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("博奈尔");
        assertThat(RegionNames.name(byCode.get("BQ-SA"), Locale.ENGLISH)).isEqualTo("Saba");
        assertThat(RegionNames.name(byCode.get("BQ-SE"), Locale.ENGLISH)).isEqualTo("Sint Eustatius");
        assertThat(RegionNames.name(byCode.get("NO-21"), POLISH)).isEqualTo("Svalbard");
        assertThat(RegionNames.name(byCode.get("NO-22"), POLISH)).isEqualTo("Jan Mayen");
        assertThat(RegionNames.name(byCode.get("PL"), POLISH)).isEqualTo("Polska");
        assertThat(RegionNames.name(byCode.get("PL"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("波兰");
    }

    @Test
    void r7_theKnownNumbersAreExactInE164AndWrittenAsTheSeedWritesThem() {
        var entries = entries(Locale.ENGLISH, Instant.parse("2026-01-05T12:00:00Z"));
        var expected = Map.of(
                "US", List.of("+18008659408", "1 800 865 9408"),
                "CA", List.of("+18008659408", "1 800 865 9408"),
                "AU", List.of("+611800197503", "1 800 197 503"),
                "GB", List.of("+448000326417", "0800 032 6417"),
                "CN", List.of("+864000890365", "(86) 400-089-0365"));
        expected.forEach((code, number) -> {
            var entry = entries.get(code);
            assertThat(entry.ownLine()).isTrue();
            assertThat(entry.numbers()).hasSize(1);
            assertThat(entry.numbers().get(0).e164()).isEqualTo(number.get(0));
            assertThat(entry.numbers().get(0).display()).isEqualTo(number.get(1));
        });
        assertThat(entries.get("US").numbers().get(0).kind()).isEqualTo(LineKind.TOLL_FREE);
    }

    @Test
    void r7_regionsWithoutALocalNumberOfferTheInternationalLineWithItsOwnHoursAndLanguages() {
        var entries = entries(POLISH, Instant.parse("2026-01-05T12:00:00Z"));
        var withoutLocalNumber =
                entries.values().stream().filter(entry -> !entry.ownLine()).toList();
        assertThat(withoutLocalNumber).hasSize(PhoneSeed.REGION_COUNT - 5);
        var line = snapshot.internationalLine();
        for (var entry : withoutLocalNumber) {
            assertThat(entry.numbers()).as(entry.code()).singleElement().satisfies(number -> {
                assertThat(number.kind()).isEqualTo(LineKind.INTERNATIONAL);
                assertThat(number.display()).isEqualTo("+44 20 7946 0958");
            });
            assertThat(entry.hoursZone()).as(entry.code()).isEqualTo("Europe/London");
            assertThat(entry.hours())
                    .extracting(DirectoryHours::service)
                    .containsExactly(
                            line.hours().stream().map(HoursRule::service).toArray(SupportService[]::new));
            assertThat(entry.languages()).extracting(DirectoryLanguage::name).containsExactly("angielski");
        }
        assertThat(entries.get("PL").zone()).isEqualTo("Europe/Warsaw");
    }

    @Test
    void r7_aRegionWithoutALocalNumberIsOpenWhenTheInternationalLineIsNotByItsOwnClock() {
        // Friday 27 March 2026 07:30 UTC: 08:30 in Warsaw, but 07:30 in London, where the line is.
        assertThat(open("PL", "2026-03-27T07:30:00Z")).isFalse();
        // Monday 30 March 07:30 UTC: 08:30 BST in London.
        assertThat(open("PL", "2026-03-30T07:30:00Z")).isTrue();
        // Monday 5 January 17:30 UTC: 18:30 in Warsaw, still 17:30 in London.
        assertThat(open("PL", "2026-01-05T17:30:00Z")).isTrue();
    }

    @Test
    void r7_openNowIsGivenPerLineSoTheSeverityALineIsOpenWhileTechnicalSupportIsClosed() {
        // Saturday 10 January 2026, noon in London.
        var saturday = Instant.parse("2026-01-10T12:00:00Z");
        for (var code : List.of("GB", "PL")) {
            var entry = entries(Locale.ENGLISH, saturday).get(code);
            assertThat(entry.openNow()).as(code).isFalse();
            assertThat(service(entry, SupportService.CRITICAL).openNow())
                    .as(code)
                    .isTrue();
            assertThat(service(entry, SupportService.TECHNICAL).openNow())
                    .as(code)
                    .isFalse();
            assertThat(service(entry, SupportService.BILLING).openNow())
                    .as(code)
                    .isFalse();
        }
    }

    @Test
    void release1OfTheFileStillReadsWithAnInternationalLineWithoutHours() throws Exception {
        var line = DirectoryLoader.internationalLine(
                read("phone/directory-v1.json").internationalLine());
        assertThat(line.e164()).isEqualTo("+442079460958");
        assertThat(line.zone()).isNull();
        assertThat(line.hours()).isEmpty();
    }

    @Test
    void openNowFollowsLondonIntoSummerTime() {
        // Friday 27 March 2026 07:30 UTC is 07:30 GMT; Monday 30 March 07:30 UTC is 08:30 BST.
        assertThat(open("GB", "2026-03-27T07:30:00Z")).isFalse();
        assertThat(open("GB", "2026-03-30T07:30:00Z")).isTrue();
        assertThat(open("GB", "2026-03-30T16:59:00Z")).isTrue();
        assertThat(open("GB", "2026-03-30T17:00:00Z")).isFalse();
    }

    @Test
    void openNowFollowsNewYorkAndSydneyAcrossTheirDaylightSavingChanges() {
        // New York: 12:30 UTC is 07:30 EST on Friday 6 March 2026, 08:30 EDT on Monday 9 March.
        assertThat(open("US", "2026-03-06T12:30:00Z")).isFalse();
        assertThat(open("US", "2026-03-09T12:30:00Z")).isTrue();
        // Sydney: 21:30 UTC is Friday 08:30 AEDT on 2 April 2026, Friday 07:30 AEST on 9 April.
        assertThat(open("AU", "2026-04-02T21:30:00Z")).isTrue();
        assertThat(open("AU", "2026-04-09T21:30:00Z")).isFalse();
    }

    @Test
    void r21_theRegionalOperatorAnswersTechnicalCallsFrom9ToMidnightBeijingTimeEveryDay() {
        var lateMonday = entries(Locale.SIMPLIFIED_CHINESE, Instant.parse("2026-01-05T15:30:00Z"))
                .get("CN");
        assertThat(lateMonday.openNow()).isTrue();
        assertThat(service(lateMonday, SupportService.BILLING).openNow()).isFalse();
        var afterMidnight = entries(Locale.SIMPLIFIED_CHINESE, Instant.parse("2026-01-05T16:30:00Z"))
                .get("CN");
        assertThat(afterMidnight.openNow()).isFalse();
        assertThat(service(afterMidnight, SupportService.CRITICAL).openNow()).isTrue();
        var sundayMorning = entries(Locale.SIMPLIFIED_CHINESE, Instant.parse("2026-01-04T01:30:00Z"))
                .get("CN");
        assertThat(sundayMorning.openNow()).isTrue();
        assertThat(service(sundayMorning, SupportService.BILLING).openNow()).isFalse();
        assertThat(service(sundayMorning, SupportService.PRESALES).openNow()).isFalse();
    }

    @Test
    void theSameInstantIsOpenInOneZoneAndClosedInAnother() {
        var instant = "2026-01-05T09:00:00Z";
        assertThat(open("GB", instant)).isTrue();
        assertThat(open("US", instant)).isFalse();
        assertThat(open("AU", instant)).isFalse();
        assertThat(open("GB", "2026-01-03T10:00:00Z")).as("Saturday").isFalse();
    }

    @Test
    void entriesAreSortedByNameInTheViewersLanguage() {
        var names = LocalizedDirectory.of(snapshot, POLISH).entries(Instant.parse("2026-01-05T12:00:00Z")).stream()
                .map(DirectoryEntry::name)
                .toList();
        var collator = java.text.Collator.getInstance(POLISH);
        assertThat(names).isSortedAccordingTo(collator::compare);
        assertThat(names.indexOf("Litwa")).isLessThan(names.indexOf("Łotwa"));
    }

    private static boolean open(String code, String instant) {
        return entries(Locale.ENGLISH, Instant.parse(instant)).get(code).openNow();
    }

    private static org.helpline.phone.internal.DirectoryHours service(DirectoryEntry entry, SupportService service) {
        return entry.hours().stream()
                .filter(h -> h.service() == service)
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, DirectoryEntry> entries(Locale locale, Instant now) {
        return LocalizedDirectory.of(snapshot, locale).entries(now).stream()
                .collect(Collectors.toMap(DirectoryEntry::code, entry -> entry));
    }
}
