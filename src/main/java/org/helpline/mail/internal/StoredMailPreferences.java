package org.helpline.mail.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.mail.MailPreferences;
import org.helpline.mail.RequestMailKind;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database-backed {@link MailPreferences}. */
@Service("mailPreferences")
class StoredMailPreferences implements MailPreferences {

    private final PreferenceRows rows;
    private final Clock clock;

    StoredMailPreferences(PreferenceRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public Map<RequestMailKind, Boolean> of(HelplineUser admin) {
        var tenantId = tenantOf(admin);
        var off = rows.disabled(tenantId, admin.id());
        var result = new EnumMap<RequestMailKind, Boolean>(RequestMailKind.class);
        for (var kind : RequestMailKind.values()) {
            result.put(kind, !off.contains(kind));
        }
        return result;
    }

    @Transactional
    @Override
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
