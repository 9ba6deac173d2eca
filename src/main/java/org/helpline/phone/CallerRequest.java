package org.helpline.phone;

import java.time.Instant;
import java.util.UUID;
import org.helpline.requests.ServiceRequest;

/** One line of the tenant's requests in the call console; {@code status} and {@code severity} as their codes. */
public record CallerRequest(UUID id, String number, String title, String status, String severity, Instant receivedAt) {

    public static CallerRequest of(ServiceRequest request) {
        return new CallerRequest(
                request.id(),
                request.number(),
                request.title(),
                request.status().name(),
                request.severity().name(),
                request.receivedAt());
    }
}
