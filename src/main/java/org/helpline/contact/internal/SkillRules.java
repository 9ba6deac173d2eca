package org.helpline.contact.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.helpline.contact.AgentSkills;
import org.helpline.shared.InvalidInputException;

/** Checks skills and language tags: the languages Helpline speaks, and service ids as the catalog writes them. */
public final class SkillRules {

    public static final List<String> LANGUAGES = List.of("pl", "en", "zh-CN");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private SkillRules() {}

    /** One of {@link #LANGUAGES}: {@code zh}, {@code zh-Hans} and {@code zh_CN} read as {@code zh-CN}; null when unknown. */
    public static String language(String tag) {
        if (tag == null) {
            return null;
        }
        var lower = tag.strip().replace('_', '-').toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("zh") || lower.startsWith("zh-")) {
            return "zh-CN";
        }
        var base = lower.contains("-") ? lower.substring(0, lower.indexOf('-')) : lower;
        return LANGUAGES.contains(base) ? base : null;
    }

    public static String requireLanguage(String field, String tag) {
        var language = language(tag);
        if (language == null) {
            throw new InvalidInputException(field, "must be one of " + LANGUAGES);
        }
        return language;
    }

    public static AgentSkills check(AgentSkills skills) {
        if (skills == null || skills.languages().isEmpty()) {
            throw new InvalidInputException("languages", "name at least one language");
        }
        var languages = new LinkedHashSet<String>();
        skills.languages().forEach(tag -> languages.add(requireLanguage("languages", tag)));
        var services = new ArrayList<String>();
        for (var service : new LinkedHashSet<>(skills.services())) {
            if (service == null || !SERVICE.matcher(service).matches()) {
                throw new InvalidInputException("services", "'" + service + "' is not a service id");
            }
            services.add(service);
        }
        return new AgentSkills(List.copyOf(languages), services);
    }
}
