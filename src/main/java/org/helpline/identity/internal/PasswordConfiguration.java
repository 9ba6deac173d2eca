package org.helpline.identity.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing, needed also when Helpline runs a command without its web server: new hashes are
 * {@link PepperedBcrypt} at {@code helpline.identity.password-cost}; plain bcrypt hashes of earlier
 * versions, and those of any other encoder Spring Security knows, still match, and are made again
 * as peppered ones at their owner's next sign-in ({@link PasswordUpgrades}).
 */
@Configuration
class PasswordConfiguration {

    static final String PEPPERED = "peppered-bcrypt";

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties, IdentitySecrets secrets) {
        var encoder = new DelegatingPasswordEncoder(
                PEPPERED,
                Map.of(
                        PEPPERED,
                        new PepperedBcrypt(secrets.keys(), properties.passwordCost()),
                        "bcrypt",
                        new BCryptPasswordEncoder(properties.passwordCost())));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
