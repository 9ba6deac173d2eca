package org.helpline.identity.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for form login and HTTP Basic. */
@Service
class HelplineUserDetailsService implements UserDetailsService {

    private final Users users;
    private final Principals principals;
    private final Clock clock;

    HelplineUserDetailsService(Users users, Principals principals, Clock clock) {
        this.users = users;
        this.principals = principals;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        return users.findByLogin(login)
                .map(user -> principals.principalOf(user, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
