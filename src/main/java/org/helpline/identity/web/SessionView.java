package org.helpline.identity.web;

import java.time.Instant;
import java.util.Locale;
import org.helpline.identity.internal.UserSessions.SignedInSession;

/**
 * A session as its owner sees it: the browser named from its {@code User-Agent} (its brand and
 * system, not the version soup), or null when it did not say.
 */
record SessionView(
        String handle, Instant createdAt, Instant lastUsedAt, String browser, String address, boolean current) {

    private static final String[][] BROWSERS = {
        {"edg/", "Edge"},
        {"opr/", "Opera"},
        {"firefox/", "Firefox"},
        {"chrome/", "Chrome"},
        {"chromium/", "Chromium"},
        {"safari/", "Safari"},
        {"curl/", "curl"}
    };
    private static final String[][] SYSTEMS = {
        {"android", "Android"},
        {"iphone", "iOS"},
        {"ipad", "iOS"},
        {"windows", "Windows"},
        {"mac os", "macOS"},
        {"cros", "ChromeOS"},
        {"linux", "Linux"}
    };

    static SessionView of(SignedInSession session) {
        return new SessionView(
                session.handle(),
                session.createdAt(),
                session.lastUsedAt(),
                describe(session.agent()),
                session.address(),
                session.current());
    }

    static String describe(String agent) {
        if (agent == null || agent.isBlank()) {
            return null;
        }
        var lower = agent.toLowerCase(Locale.ROOT);
        var browser = first(BROWSERS, lower);
        var system = first(SYSTEMS, lower);
        if (browser == null) {
            return agent.length() > 60 ? agent.substring(0, 60) + "…" : agent;
        }
        return system == null ? browser : browser + " · " + system;
    }

    private static String first(String[][] names, String agent) {
        for (var name : names) {
            if (agent.contains(name[0])) {
                return name[1];
            }
        }
        return null;
    }
}
