package org.helpline.platform;

import java.util.regex.Pattern;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address users open Helpline at, which every link in an e-mail starts with: {@code
 * helpline.public-url}. Unset, it is {@code http://localhost:<port>} with the port the server
 * actually listens on, which only suits one machine: where {@code helpline.require-public-url} is
 * true (the {@code postgres} profile) the application refuses to start without it.
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

    public static final String SETTING = "helpline.public-url";
    static final String REQUIRED = "helpline.require-public-url";

    private static final Pattern URL = Pattern.compile("https?://[^\\s/]+(/[^\\s]*)?");

    private final String configured;
    private volatile String local;

    PublicUrl(Environment environment) {
        var value = environment.getProperty(SETTING, "").strip();
        if (value.isEmpty() && environment.getProperty(REQUIRED, Boolean.class, false)) {
            throw new RequiredSettingException(SETTING + " is not set: links in e-mails need the address users"
                    + " open Helpline at, e.g. https://support.example.com (environment variable HELPLINE_PUBLIC_URL)");
        }
        if (!value.isEmpty() && !URL.matcher(value).matches()) {
            throw new RequiredSettingException(
                    SETTING + " is not an http(s) address: " + value + " (e.g. https://support.example.com)");
        }
        this.configured = stripSlash(value);
        this.local = "http://localhost:" + environment.getProperty("server.port", "8080");
    }

    /** The address without a trailing slash, e.g. {@code https://support.example.com}. */
    public String get() {
        return configured.isEmpty() ? local : configured;
    }

    /** The address of {@code path} (which starts with a slash) as a user opens it. */
    public String link(String path) {
        return get() + path;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("server".equals(serverNamespace(event))) {
            local = "http://localhost:" + event.getWebServer().getPort();
        }
    }

    /** The main server's namespace is null; a separate management server's is "management". */
    private static String serverNamespace(WebServerInitializedEvent event) {
        var namespace = event.getApplicationContext().getServerNamespace();
        return namespace == null ? "server" : namespace;
    }

    private static String stripSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
