package org.helpline.tenancy.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.helpline.shared.InvalidInputException;
import org.helpline.tenancy.EmailAddresses;
import org.helpline.tenancy.PhoneNumbers;

/**
 * The rules of a tenant profile, without a database: they trim and normalise what the user typed
 * and report every broken rule at once, each naming its field ({@code phones[1]} for the second
 * phone). Rules that need stored data (unique domain, partner of the same organisation) live in
 * the service.
 */
public final class TenantRules {

    public static final Set<String> LANGUAGES = Set.of("pl", "en", "zh-CN");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern DOMAIN = Pattern.compile(TenantConstraints.DOMAIN);

    private TenantRules() {}

    /** A new tenant's domain and profile. */
    public record CheckedTenant(String domain, CheckedProfile profile) {}

    public static CheckedTenant checkNew(String domain, ProfileInput input) {
        var problems = new Problems();
        var checkedDomain = problems.check(() -> domain(domain));
        var profile = profile(input, problems);
        problems.throwIfAny();
        return new CheckedTenant(checkedDomain, profile);
    }

    public static CheckedProfile check(ProfileInput input) {
        var problems = new Problems();
        var profile = profile(input, problems);
        problems.throwIfAny();
        return profile;
    }

    public static String domain(String raw) {
        var domain = required("domain", raw, 253).toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(domain).matches()) {
            throw new InvalidInputException("domain", "is not a valid domain name such as contoso.example");
        }
        return domain;
    }

    public static String country(String raw) {
        var country = required("country", raw, 2).toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new InvalidInputException("country", "is not an ISO 3166 country code such as PL");
        }
        return country;
    }

    public static ZoneId zone(String raw) {
        var zone = required("timeZone", raw, TenantConstraints.MAX_ZONE);
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidInputException("timeZone", "is not an IANA time zone such as Europe/Warsaw");
        }
        return ZoneId.of(zone);
    }

    public static String language(String raw) {
        var language = required("language", raw, 10);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "must be one of pl, en, zh-CN");
        }
        return language;
    }

    /** Trimmed text of at most {@code max} characters, without control characters. */
    public static String required(String field, String raw, int max) {
        var text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, "is longer than " + max + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "contains control characters");
        }
        return text;
    }

    /** Phones in E.164, national numbers read as numbers of {@code region}; duplicates removed. */
    private static List<String> phones(List<String> raw, String region, Problems problems) {
        return contacts("phones", raw, problems, (field, value) -> PhoneNumbers.toE164(field, value, region));
    }

    /** Lower-cased e-mail addresses; duplicates removed. */
    private static List<String> emails(List<String> raw, Problems problems) {
        return contacts("emails", raw, problems, EmailAddresses::normalise);
    }

    private static CheckedProfile profile(ProfileInput input, Problems problems) {
        var name = problems.check(() -> required("name", input.name(), TenantConstraints.MAX_NAME));
        var country = problems.check(() -> country(input.country()));
        var zone = problems.check(() -> zone(input.timeZone()));
        var language = problems.check(() -> language(input.language()));
        if (input.contract() == null) {
            problems.add("contract", "is required");
        }
        var phones = phones(input.phones(), country, problems);
        var emails = emails(input.emails(), problems);
        return new CheckedProfile(name, country, zone, language, input.contract(), input.partnerId(), phones, emails);
    }

    private static List<String> contacts(
            String field, List<String> raw, Problems problems, BiFunction<String, String, String> normalise) {
        if (raw == null || raw.isEmpty()) {
            problems.add(field, "needs at least one entry");
            return List.of();
        }
        var values = new LinkedHashSet<String>();
        for (int i = 0; i < raw.size(); i++) {
            var element = field + "[" + i + "]";
            var value = raw.get(i);
            var checked = problems.check(() -> normalise.apply(element, required(element, value, 254)));
            if (checked != null) {
                values.add(checked);
            }
        }
        if (values.size() > TenantConstraints.MAX_CONTACTS) {
            problems.add(field, "has more than " + TenantConstraints.MAX_CONTACTS + " entries");
        }
        return new ArrayList<>(values);
    }
}
