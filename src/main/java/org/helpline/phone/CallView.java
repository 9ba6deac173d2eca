package org.helpline.phone;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpline.phone.internal.Challenge;
import org.helpline.phone.internal.Destination;
import org.helpline.phone.internal.Grant;

/**
 * A call as the agent's console shows it. {@code grant} is the active grant or null;
 * {@code destinations} are the tenant's registered addresses, masked; {@code challenge} is the
 * latest code sent, or null.
 */
public record CallView(
        UUID id,
        UUID tenantId,
        String tenantName,
        String callerNumber,
        boolean registered,
        Instant startedAt,
        Instant endedAt,
        Grant grant,
        List<Destination> destinations,
        Challenge challenge) {

    public boolean ended() {
        return endedAt != null;
    }

    /**
     * A registered destination of another channel than the latest code's, to offer when that code
     * could not be sent; null when there is none.
     */
    public Destination otherChannel() {
        if (challenge == null) {
            return null;
        }
        return destinations.stream()
                .filter(destination -> destination.channel() != challenge.channel())
                .findFirst()
                .orElse(null);
    }
}
