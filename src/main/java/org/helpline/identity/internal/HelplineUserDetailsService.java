package org.helpline.identity.internal;

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

    HelplineUserDetailsService(Users users, Principals principals) {
        this.users = users;
        this.principals = principals;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        return users.findByLogin(login)
                .map(user -> principals.principalOf(user))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
