package org.helpline.identity.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A small OpenID provider (Spring Authorization Server) for tests and for reading the demo's single
 * sign-on: issuer {@code http://127.0.0.1:<port>}, the clients {@code helpline} (tenants) and
 * {@code helpline-staff} with the secrets {@code demo} and {@code demo-staff}, and people whose password is {@code demo},
 * whose ID tokens carry {@code email}, {@code name} and a {@code groups} claim that tests may change.
 *
 * <p>Helpline's redirect URI ends in the tenant's id, so any loopback redirect URI to {@code
 * /login/oauth2/code/...} is accepted, on 127.0.0.1 (Spring Authorization Server refuses
 * {@code localhost} as a redirect host, as OAuth 2.1 advises: open Helpline at 127.0.0.1 too).
 *
 * <p>Run it on port 9000 for the demo: {@code mvn -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.helpline.identity.sso.TestOpenIdProvider}.
 * It is started by hand (not a {@code @Configuration}), so the application's own scan skips it.
 */
@ImportAutoConfiguration({
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    SecurityAutoConfiguration.class,
    ServletWebSecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
public class TestOpenIdProvider implements AutoCloseable {

    public static final String CLIENT_ID = "helpline";
    public static final String STAFF_CLIENT_ID = "helpline-staff";
    public static final String SECRET = "demo";
    public static final String STAFF_SECRET = "demo-staff";

    private static final Pattern HELPLINE_REDIRECT =
            Pattern.compile("http://(127\\.0\\.0\\.1|\\[::1\\]):\\d{1,5}/login/oauth2/code/[A-Za-z0-9._-]+");

    /** Someone at the provider: the claims their ID token carries. */
    public record Person(String username, String email, String name, List<String> groups) {}

    /** The demo's people: Northwind's (sso.northwind.example), one of another domain, and a staff member. */
    static final List<Person> DEMO_PEOPLE = List.of(
            new Person(
                    "alice@sso.northwind.example", "alice@sso.northwind.example", "Alice Admin", List.of("it-admins")),
            new Person("bob@sso.northwind.example", "bob@sso.northwind.example", "Bob User", List.of("staff")),
            new Person(
                    "billing@sso.northwind.example",
                    "billing@sso.northwind.example",
                    "Bella Billing",
                    List.of("finance")),
            new Person("mallory@sso.northwind.example", "mallory@elsewhere.example", "Mallory", List.of("it-admins")),
            new Person(
                    "sam@staff.helpline.example",
                    "sam@staff.helpline.example",
                    "Sam Supervisor",
                    List.of("helpline-supervisors")));

    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private volatile String idTokenIssuer;
    private final ConfigurableApplicationContext context;
    private final String issuer;

    private TestOpenIdProvider(int port, List<Person> people) {
        people.forEach(person -> this.people.put(person.username(), person));
        this.issuer = "http://127.0.0.1:" + port;
        this.context = new SpringApplicationBuilder()
                .sources(TestOpenIdProvider.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("testOpenIdProviderInstance", this))
                .properties(
                        "spring.config.name=test-openid-provider",
                        "server.port=" + port,
                        "server.servlet.session.cookie.name=PROVIDER_SESSION",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run();
    }

    /** Only for Spring, which builds the provider's beans from this class. */
    TestOpenIdProvider() {
        this.issuer = null;
        this.context = null;
    }

    /** Starts the provider on a free port with the demo's people. */
    public static TestOpenIdProvider start() {
        return new TestOpenIdProvider(freePort(), DEMO_PEOPLE);
    }

    public static void main(String[] args) {
        var provider = new TestOpenIdProvider(args.length > 0 ? Integer.parseInt(args[0]) : 9000, DEMO_PEOPLE);
        System.out.println("OpenID provider at " + provider.issuer() + " (client " + CLIENT_ID + ", secret " + SECRET
                + "; people " + DEMO_PEOPLE.stream().map(Person::username).toList() + ", password demo)");
    }

    public String issuer() {
        return issuer;
    }

    /** Changes the person's groups, as an admin of the directory does; the next ID token carries them. */
    public void setGroups(String username, List<String> groups) {
        people.computeIfPresent(
                username,
                (name, person) -> new Person(person.username(), person.email(), person.name(), List.copyOf(groups)));
    }

    /** Signs ID tokens as another issuer than the metadata names (null: the true one), as a forged token would be. */
    public void setIdTokenIssuer(String issuer) {
        this.idTokenIssuer = issuer;
    }

    @Override
    public void close() {
        context.close();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults())
                            .authorizationEndpoint(endpoint ->
                                    endpoint.authenticationProviders(providers -> providers.stream()
                                            .filter(
                                                    OAuth2AuthorizationCodeRequestAuthenticationProvider.class
                                                            ::isInstance)
                                            .map(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::cast)
                                            .forEach(provider -> provider.setAuthenticationValidator(
                                                    TestOpenIdProvider::validate))));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(userInfo -> userInfo.jwt(Customizer.withDefaults()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                        request -> true));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /** Spring Authorization Server's checks, with Helpline's loopback redirect URIs registered as they come. */
    private static void validate(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        var client = context.getRegisteredClient();
        var redirect = request.getRedirectUri();
        if (redirect != null && HELPLINE_REDIRECT.matcher(redirect).matches()) {
            var widened = OAuth2AuthorizationCodeRequestAuthenticationContext.with(request)
                    .registeredClient(
                            RegisteredClient.from(client).redirectUri(redirect).build());
            new OAuth2AuthorizationCodeRequestAuthenticationValidator().accept(widened.build());
            return;
        }
        new OAuth2AuthorizationCodeRequestAuthenticationValidator().accept(context);
    }

    @Bean
    UserDetailsService providerUsers(TestOpenIdProvider testOpenIdProviderInstance) {
        var users = new InMemoryUserDetailsManager();
        testOpenIdProviderInstance
                .people
                .keySet()
                .forEach(username -> users.createUser(User.withUsername(username)
                        .password("{noop}demo")
                        .roles("USER")
                        .build()));
        return users;
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(client(CLIENT_ID, SECRET), client(STAFF_CLIENT_ID, STAFF_SECRET));
    }

    private static RegisteredClient client(String clientId, String secret) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri("http://127.0.0.1:8080/login/oauth2/code/" + clientId)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.EMAIL)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .requireProofKey(true)
                        .build())
                .build();
    }

    /** The person's e-mail, name and groups in every ID token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims(TestOpenIdProvider testOpenIdProviderInstance) {
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            var person =
                    testOpenIdProviderInstance.people.get(context.getPrincipal().getName());
            if (person != null) {
                context.getClaims()
                        .claim("email", person.email())
                        .claim("email_verified", true)
                        .claim("name", person.name())
                        .claim("groups", person.groups());
            }
            if (testOpenIdProviderInstance.idTokenIssuer != null) {
                context.getClaims().issuer(testOpenIdProviderInstance.idTokenIssuer);
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }

    @Bean
    JwtDecoder userInfoTokens(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings(TestOpenIdProvider testOpenIdProviderInstance) {
        return AuthorizationServerSettings.builder()
                .issuer(testOpenIdProviderInstance.issuer)
                .build();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
