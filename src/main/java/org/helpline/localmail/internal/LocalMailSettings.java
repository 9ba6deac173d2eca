package org.helpline.localmail.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides whether the local mail server runs and, when it does, points the rest of Helpline at it.
 * An explicit {@code helpline.mail.local.enabled} wins; otherwise it is off under the {@code postgres}
 * profile, when {@code spring.mail.host} names a real server, and in a run without a web server (the
 * article import, which must not take the ports of a running Helpline); else on. Its settings are
 * added last, below every other source, so whatever the operator sets explicitly still wins. Runs
 * after the configuration files are read (it is ordered last), so it sees them and the profiles.
 */
public class LocalMailSettings implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "helpline.mail.local.enabled";
    static final String SOURCE = "helpline-local-mail";
    static final String SUPPORT = "support@helpline.localhost";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var enabled = enabled(environment, application.getWebApplicationType());
        var settings = new LinkedHashMap<String, Object>();
        settings.put(ENABLED, String.valueOf(enabled));
        if (enabled) {
            settings.putAll(wiring(environment));
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, settings));
    }

    static boolean enabled(ConfigurableEnvironment environment, WebApplicationType type) {
        var explicit = environment.getProperty(ENABLED);
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.strip());
        }
        if (environment.matchesProfiles("postgres") || type == WebApplicationType.NONE) {
            return false;
        }
        var host = environment.getProperty("spring.mail.host");
        return host == null || host.isBlank();
    }

    private static Map<String, Object> wiring(ConfigurableEnvironment environment) {
        var smtp = environment.getProperty("helpline.mail.local.smtp-port", "2525");
        var imap = environment.getProperty("helpline.mail.local.imap-port", "3143");
        var settings = new LinkedHashMap<String, Object>();
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", smtp);
        settings.put("helpline.mail.reply-address", SUPPORT);
        settings.put("helpline.mail.inbound.host", "127.0.0.1");
        settings.put("helpline.mail.inbound.port", imap);
        settings.put("helpline.mail.inbound.protocol", "imap");
        settings.put("helpline.mail.inbound.username", SUPPORT);
        // the local server takes any password; one is set so the IMAP client sends a login at all
        settings.put("helpline.mail.inbound.password", "local");
        settings.put("helpline.mail.inbound.poll-interval", "5s");
        settings.put("helpline.notify.text-gateway", "local");
        return settings;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
