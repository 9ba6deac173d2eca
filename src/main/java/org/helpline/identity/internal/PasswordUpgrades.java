package org.helpline.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.stereotype.Component;

/**
 * Stores a password's new hash when a sign-in found its old one outdated (plain bcrypt, a rotated
 * pepper key or a lower cost than configured): the password is the same, so nothing else about the
 * account changes, and a hash changed meanwhile by its owner is left alone.
 */
@Component
class PasswordUpgrades implements UserDetailsPasswordService {

    private final Users users;

    PasswordUpgrades(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        users.replacePasswordHash(user.getUsername(), user.getPassword(), newHash);
        return user;
    }
}
