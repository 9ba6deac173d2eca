package org.helpline.alerts.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own alerts: list, count unread, mark read. Nobody sees another's alerts. */
@Service
public class AlertManagement {

    /** How many alerts a list shows at most, newest first. */
    public static final int LIMIT = 100;

    private final AlertRows rows;
    private final Clock clock;

    AlertManagement(AlertRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Alert> alerts(HelplineUser me, boolean unreadOnly) {
        return rows.of(me.id(), unreadOnly, LIMIT);
    }

    @Transactional(readOnly = true)
    public long unread(HelplineUser me) {
        return rows.unread(me.id());
    }

    /** Marks one of the user's alerts read; 404 for an alert of someone else. */
    @Transactional
    public Alert markRead(HelplineUser me, UUID id) {
        rows.markRead(me.id(), id, clock.instant());
        return rows.find(me.id(), id).orElseThrow(() -> new NotFoundException("alert", id));
    }

    /** Marks all of the user's alerts read; answers how many were unread. */
    @Transactional
    public int markAllRead(HelplineUser me) {
        return rows.markAllRead(me.id(), clock.instant());
    }
}
