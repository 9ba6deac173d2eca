package org.helpline.requests;

import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/**
 * A service request was filed and its SLA clocks started, the first response due at {@code
 * firstResponseDue}. {@code contact} is as checked at intake (phone in E.164), so listeners such as
 * the callback queue can act on it directly.
 */
public record RequestOpened(
        UUID requestId,
        UUID tenantId,
        String organisationId,
        String number,
        RequestCategory category,
        Severity severity,
        HandledBy handledBy,
        UUID partnerId,
        Channel channel,
        String serviceId,
        ContactDetails contact,
        Instant firstResponseDue,
        Instant at) {

    /** The customer prefers to be called and gave a phone number. */
    public boolean wantsCallback() {
        return contact != null && contact.preferredMethod() == ContactMethod.PHONE && contact.phone() != null;
    }
}
