package org.helpline;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;

/** Signed-in users for tests without a database: an enabled user of a Polish tenant in Warsaw. */
public final class UserMother {

    private UserMother() {}

    public static HelplineUser aUser(Role role) {
        var account = new HelplineUser.Account(
                UUID.randomUUID(),
                "someone@contoso.example",
                "Someone",
                Set.of(role),
                UUID.randomUUID(),
                "helpline",
                null,
                null,
                Locale.forLanguageTag("pl"),
                ZoneId.of("Europe/Warsaw"));
        return new HelplineUser(account, null, true, false);
    }
}
