package org.helpline.identity.internal;

import java.net.URI;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
import org.helpline.platform.PublicUrl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys (WebAuthn) through Spring Security: user entities and credentials in the database (every
 * node sees them; they survive restarts), the relying party named by the host of {@code
 * helpline.public-url} and the only allowed origin that address, read at each ceremony (on the
 * embedded default it is {@code http://localhost:<the port the server listens on>}).
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, SecondFactorService factors) {
        return new AuditedPasskeys(new JdbcUserCredentialRepository(jdbc), factors);
    }

    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(
            PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials, PublicUrl publicUrl) {
        var host = URI.create(publicUrl.get()).getHost();
        var party =
                PublicKeyCredentialRpEntity.builder().id(host).name("Helpline").build();
        return new Webauthn4JRelyingPartyOperations(users, credentials, party, new PublicOrigin(publicUrl));
    }

    /** The one allowed origin, as the public address is now (its port is known once the server listens). */
    private static final class PublicOrigin extends AbstractSet<String> {

        private final PublicUrl publicUrl;

        PublicOrigin(PublicUrl publicUrl) {
            this.publicUrl = publicUrl;
        }

        @Override
        public Iterator<String> iterator() {
            return Set.of(origin()).iterator();
        }

        @Override
        public int size() {
            return 1;
        }

        private String origin() {
            var address = URI.create(publicUrl.get());
            var port = address.getPort() < 0 ? "" : ":" + address.getPort();
            return address.getScheme() + "://" + address.getHost() + port;
        }
    }
}
