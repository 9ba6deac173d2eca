package org.helpline.identity.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.helpline.shared.InvalidInputException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * Issuer URLs of OpenID providers: https, or plain http on a loopback address only (a provider
 * started by tests or on the operator's own machine), since the metadata, keys and tokens fetched
 * from it decide who signs in. The metadata is read from {@code /.well-known/openid-configuration},
 * whose {@code issuer} must be the URL exactly (Spring's {@link ClientRegistrations} checks it).
 */
final class ProviderIssuers {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private ProviderIssuers() {}

    /** The issuer as registered, stripped; refused (400 {@code issuer}) unless https or loopback http. */
    static String checked(String raw) {
        var issuer = raw == null ? "" : raw.strip();
        URI uri;
        try {
            uri = new URI(issuer);
        } catch (URISyntaxException e) {
            throw refused("must be a URL such as https://login.example.com/tenant");
        }
        if (issuer.length() > 500 || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw refused("must be a URL such as https://login.example.com/tenant, without query or fragment");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return issuer;
        }
        if (scheme.equals("http") && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return issuer;
        }
        throw refused("must use https (plain http only on 127.0.0.1, localhost or [::1])");
    }

    /** The provider's endpoints and keys from its metadata; refused (400 {@code issuer}) when it has none or another issuer. */
    static ClientRegistration.Builder discover(String issuer) {
        try {
            return ClientRegistrations.fromOidcIssuerLocation(issuer);
        } catch (RuntimeException unreadable) {
            throw refused("has no OpenID Connect metadata at " + issuer
                    + "/.well-known/openid-configuration naming this issuer (" + describe(unreadable) + ")");
        }
    }

    private static String describe(RuntimeException problem) {
        var message = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    private static InvalidInputException refused(String rule) {
        return new InvalidInputException("issuer", rule);
    }
}
