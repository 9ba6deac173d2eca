package org.helpline.identity.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing, needed also when Helpline runs a command without its web server: bcrypt at
 * {@code helpline.identity.password-cost}; hashes of other encoders that Spring Security knows
 * still match, so a stored hash never stops working when the setting changes.
 */
@Configuration
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        var bcrypt = new BCryptPasswordEncoder(properties.passwordCost());
        var known = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(known);
        return encoder;
    }
}
