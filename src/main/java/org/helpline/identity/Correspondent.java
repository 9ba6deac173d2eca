package org.helpline.identity;

import java.util.UUID;

/** A user to send something to; {@code language} and {@code zone} are null where the user chose none. */
public record Correspondent(UUID id, String organisationId, String login, String language, String zone) {

    /** Whether the login is an e-mail address (demo and imported logins may not be). */
    public boolean hasEmail() {
        return login.indexOf('@') > 0;
    }
}
