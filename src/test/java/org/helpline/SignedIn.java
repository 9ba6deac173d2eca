package org.helpline;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a MockMvc request in as a demo user, with the same principal a real sign-in gives. The
 * users are looked up when asked for: a module test without identity has none (and, with the OpenID
 * client on the class path, Spring Boot adds no in-memory stand-in).
 */
@Component
public class SignedIn {

    private final ObjectProvider<UserDetailsService> users;

    SignedIn(ObjectProvider<UserDetailsService> users) {
        this.users = users;
    }

    public RequestPostProcessor as(String login) {
        return user(users.getObject().loadUserByUsername(login));
    }
}
