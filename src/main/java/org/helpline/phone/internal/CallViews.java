package org.helpline.phone.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.helpline.notify.Outbox;
import org.helpline.phone.CallView;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Component;

/** Builds what the console shows of a call: masked destinations, the latest code's state and its delivery. */
@Component
public class CallViews {

    private final Challenges challenges;
    private final Outbox outbox;

    CallViews(Challenges challenges, Outbox outbox) {
        this.challenges = challenges;
        this.outbox = outbox;
    }

    public CallView of(CallRecord call, TenantProfile profile, Instant now, int maxTries) {
        var challenge = challenges
                .latest(call.tenantId(), call.id())
                .map(record -> challenge(record, now, maxTries))
                .orElse(null);
        return new CallView(
                call.id(),
                call.tenantId(),
                profile.name(),
                PhoneNumbers.international(call.callerE164()),
                call.registered(),
                call.startedAt(),
                call.endedAt(),
                call.grantAt(now),
                destinations(profile),
                challenge);
    }

    public static List<Destination> destinations(TenantProfile profile) {
        var destinations = new ArrayList<Destination>();
        profile.emails()
                .forEach(email -> destinations.add(
                        new Destination(email.id(), VerificationChannel.EMAIL, Masks.email(email.email()))));
        profile.phones()
                .forEach(phone -> destinations.add(
                        new Destination(phone.id(), VerificationChannel.SMS, Masks.phone(phone.e164()))));
        return List.copyOf(destinations);
    }

    private Challenge challenge(ChallengeRecord record, Instant now, int maxTries) {
        var state = ChallengeRecord.OPEN.equals(record.state()) && !now.isBefore(record.expiresAt())
                ? ChallengeRecord.EXPIRED
                : record.state();
        var delivery = record.messageId() == null
                ? null
                : outbox.status(record.messageId()).orElse(null);
        return new Challenge(
                record.id(),
                record.channel(),
                record.maskedDestination(),
                record.expiresAt(),
                Math.max(0, maxTries - record.wrongTries()),
                state,
                delivery == null ? null : delivery.state().name(),
                delivery == null ? null : delivery.lastError(),
                delivery == null ? null : delivery.acceptedAt());
    }
}
