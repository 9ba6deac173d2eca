package org.helpline.phone.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Directory rows: regions with their numbers and hours, the international line, the revision
 * counter every change bumps, and the releases of the shipped data file.
 */
@Repository
class Regions {

    private static final String INTERNATIONAL = "international";

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every region with its numbers and hours, ordered by code. */
    public List<RegionRecord> findAll() {
        var numbers = new HashMap<String, List<NumberRecord>>();
        jdbc.sql("select region_code, e164, display, kind from phone_region_number order by region_code, position")
                .query(rs -> {
                    numbers.computeIfAbsent(rs.getString("region_code"), code -> new ArrayList<>())
                            .add(new NumberRecord(
                                    rs.getString("e164"),
                                    rs.getString("display"),
                                    LineKind.valueOf(rs.getString("kind"))));
                });
        var hours = new HashMap<String, List<HoursRule>>();
        jdbc.sql("""
                select region_code, service, first_day, last_day, opens_minute, closes_minute
                from phone_region_hours order by region_code, position
                """).query(rs -> {
            hours.computeIfAbsent(rs.getString("region_code"), code -> new ArrayList<>())
                    .add(hoursRule(rs));
        });
        return jdbc.sql("""
                select code, organisation_id, phone_region, time_zone, seed_name, name_en, name_pl, name_zh,
                    languages, version
                from phone_region order by code
                """).query((rs, row) -> region(rs, numbers, hours)).list();
    }

    public Optional<RegionRecord> find(String code) {
        return findAll().stream().filter(region -> region.code().equals(code)).findFirst();
    }

    public Optional<InternationalLine> internationalLine() {
        var hours = jdbc.sql("""
                select service, first_day, last_day, opens_minute, closes_minute
                from phone_international_hours order by position
                """).query((rs, row) -> hoursRule(rs)).list();
        return jdbc.sql("select e164, languages, time_zone, version from phone_international_line where id = :id")
                .param("id", INTERNATIONAL)
                .query((rs, row) -> new InternationalLine(
                        rs.getString("e164"),
                        List.of(rs.getString("languages").split(",")),
                        rs.getString("time_zone") == null ? null : ZoneId.of(rs.getString("time_zone")),
                        hours,
                        rs.getLong("version")))
                .optional();
    }

    /** Saves the international line; {@code zone} is null, and {@code hours} empty, when the file gave none. */
    public void saveInternationalLine(String e164, List<String> languages, ZoneId zone, List<HoursRule> hours) {
        var updated = jdbc.sql("update phone_international_line set e164 = :e164, languages = :languages, "
                        + "time_zone = :zone, version = version + 1 where id = :id")
                .param("id", INTERNATIONAL)
                .param("e164", e164)
                .param("languages", String.join(",", languages))
                .param("zone", zone == null ? null : zone.getId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into phone_international_line (id, e164, languages, time_zone)
                    values (:id, :e164, :languages, :zone)
                    """)
                    .param("id", INTERNATIONAL)
                    .param("e164", e164)
                    .param("languages", String.join(",", languages))
                    .param("zone", zone == null ? null : zone.getId())
                    .update();
        }
        jdbc.sql("delete from phone_international_hours").update();
        for (int i = 0; i < hours.size(); i++) {
            var rule = hours.get(i);
            jdbc.sql("""
                    insert into phone_international_hours (position, service, first_day, last_day, opens_minute,
                        closes_minute)
                    values (:position, :service, :first, :last, :opens, :closes)
                    """)
                    .param("position", i)
                    .param("service", rule.service().name())
                    .param("first", rule.first().getValue())
                    .param("last", rule.last().getValue())
                    .param("opens", rule.opens())
                    .param("closes", rule.closes())
                    .update();
        }
    }

    /** Inserts the region, or overwrites it (a new release of the data file), with its numbers and hours. */
    public void save(RegionRecord region) {
        var exists = jdbc.sql("select count(*) from phone_region where code = :code")
                        .param("code", region.code())
                        .query(Long.class)
                        .single()
                > 0;
        var sql = exists ? """
                update phone_region set organisation_id = :organisation, phone_region = :phoneRegion, time_zone = :zone,
                    seed_name = :seedName, name_en = :nameEn, name_pl = :namePl, name_zh = :nameZh,
                    languages = :languages, version = version + 1
                where code = :code
                """ : """
                insert into phone_region (code, organisation_id, phone_region, time_zone, seed_name, name_en, name_pl,
                    name_zh, languages, version)
                values (:code, :organisation, :phoneRegion, :zone, :seedName, :nameEn, :namePl, :nameZh, :languages, 0)
                """;
        jdbc.sql(sql)
                .param("code", region.code())
                .param("organisation", region.organisationId())
                .param("phoneRegion", region.phoneRegion())
                .param("zone", region.zone().getId())
                .param("seedName", region.seedName())
                .param("nameEn", region.ownNames().get("en"))
                .param("namePl", region.ownNames().get("pl"))
                .param("nameZh", region.ownNames().get("zh-CN"))
                .param("languages", String.join(",", region.languages()))
                .update();
        replaceLines(
                region.code(), new CheckedRegion(region.zone(), region.languages(), region.numbers(), region.hours()));
    }

    /** An admin's change, if {@code version} is still current; answers whether it was. */
    public boolean change(String code, long version, CheckedRegion checked) {
        var updated = jdbc.sql("""
                update phone_region set time_zone = :zone, languages = :languages, version = version + 1
                where code = :code and version = :version
                """)
                .param("code", code)
                .param("version", version)
                .param("zone", checked.zone().getId())
                .param("languages", String.join(",", checked.languages()))
                .update();
        if (updated == 0) {
            return false;
        }
        replaceLines(code, checked);
        return true;
    }

    public long revision() {
        return jdbc.sql("select revision from phone_directory_revision where id = 1")
                .query(Long.class)
                .single();
    }

    public void bumpRevision() {
        jdbc.sql("update phone_directory_revision set revision = revision + 1 where id = 1")
                .update();
    }

    /** Marks the release loaded; only the first caller (node) gets true and loads it. */
    public boolean takeRelease(int release, java.time.Instant now) {
        return jdbc.sql(
                                "update phone_directory_release set loaded_at = :now where release = :release and loaded_at is null")
                        .param("release", release)
                        .param("now", now.atOffset(java.time.ZoneOffset.UTC))
                        .update()
                == 1;
    }

    public Map<Integer, String> pendingReleases() {
        var releases = new LinkedHashMap<Integer, String>();
        jdbc.sql("select release, resource from phone_directory_release where loaded_at is null order by release")
                .query(rs -> {
                    releases.put(rs.getInt("release"), rs.getString("resource"));
                });
        return releases;
    }

    private void replaceLines(String code, CheckedRegion checked) {
        jdbc.sql("delete from phone_region_number where region_code = :code")
                .param("code", code)
                .update();
        jdbc.sql("delete from phone_region_hours where region_code = :code")
                .param("code", code)
                .update();
        for (int i = 0; i < checked.numbers().size(); i++) {
            var number = checked.numbers().get(i);
            jdbc.sql("""
                    insert into phone_region_number (region_code, position, e164, display, kind)
                    values (:code, :position, :e164, :display, :kind)
                    """)
                    .param("code", code)
                    .param("position", i)
                    .param("e164", number.e164())
                    .param("display", number.display())
                    .param("kind", number.kind().name())
                    .update();
        }
        for (int i = 0; i < checked.hours().size(); i++) {
            var rule = checked.hours().get(i);
            jdbc.sql("""
                    insert into phone_region_hours (region_code, position, service, first_day, last_day, opens_minute,
                        closes_minute)
                    values (:code, :position, :service, :first, :last, :opens, :closes)
                    """)
                    .param("code", code)
                    .param("position", i)
                    .param("service", rule.service().name())
                    .param("first", rule.first().getValue())
                    .param("last", rule.last().getValue())
                    .param("opens", rule.opens())
                    .param("closes", rule.closes())
                    .update();
        }
    }

    private static HoursRule hoursRule(ResultSet rs) throws SQLException {
        return new HoursRule(
                SupportService.valueOf(rs.getString("service")),
                java.time.DayOfWeek.of(rs.getInt("first_day")),
                java.time.DayOfWeek.of(rs.getInt("last_day")),
                rs.getInt("opens_minute"),
                rs.getInt("closes_minute"));
    }

    private static RegionRecord region(
            ResultSet rs, Map<String, List<NumberRecord>> numbers, Map<String, List<HoursRule>> hours)
            throws SQLException {
        var code = rs.getString("code");
        var names = new HashMap<String, String>();
        putIfPresent(names, "en", rs.getString("name_en"));
        putIfPresent(names, "pl", rs.getString("name_pl"));
        putIfPresent(names, "zh-CN", rs.getString("name_zh"));
        return new RegionRecord(
                code,
                rs.getString("organisation_id"),
                rs.getString("phone_region"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("seed_name"),
                names,
                Arrays.asList(rs.getString("languages").split(",")),
                numbers.getOrDefault(code, List.of()),
                hours.getOrDefault(code, List.of()),
                rs.getLong("version"));
    }

    private static void putIfPresent(Map<String, String> names, String key, String value) {
        if (value != null) {
            names.put(key, value);
        }
    }

    /**
     * The shared international line: when it answers is given in its own {@code zone} (null only
     * before a release with hours was loaded).
     */
    public record InternationalLine(
            String e164, List<String> languages, ZoneId zone, List<HoursRule> hours, long version) {

        public InternationalLine {
            languages = List.copyOf(languages);
            hours = List.copyOf(hours);
        }
    }
}
