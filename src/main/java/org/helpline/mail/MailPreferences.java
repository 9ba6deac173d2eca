package org.helpline.mail;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.mail.internal.PreferenceRows;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which request e-mails a tenant admin gets; every kind is on until the admin turns it off. */
@Service
public class MailPreferences {

    private final PreferenceRows rows;
    private final Clock clock;

    MailPreferences(PreferenceRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Every kind with whether {@code admin} gets it. */
    @Transactional(readOnly = true)
    public Map<RequestMailKind, Boolean> of(HelplineUser admin) {
        var tenantId = tenantOf(admin);
        var off = rows.disabled(tenantId, admin.id());
        var result = new EnumMap<RequestMailKind, Boolean>(RequestMailKind.class);
        for (var kind : RequestMailKind.values()) {
            result.put(kind, !off.contains(kind));
        }
        return result;
    }

    /** Keeps exactly the kinds in {@code enabled} on for {@code admin}. */
    @Transactional
    public void choose(HelplineUser admin, Set<RequestMailKind> enabled) {
        var tenantId = tenantOf(admin);
        for (var kind : RequestMailKind.values()) {
            rows.save(tenantId, admin.id(), kind, enabled.contains(kind), clock.instant());
        }
    }

    private static UUID tenantOf(HelplineUser user) {
        if (!user.isTenantAdmin() || user.tenantId().isEmpty()) {
            throw new ForbiddenException("Only the admins of a tenant choose request e-mails");
        }
        return user.tenantId().get();
    }
}
