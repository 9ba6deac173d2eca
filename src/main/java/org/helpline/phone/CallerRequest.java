package org.helpline.phone;

import java.time.Instant;
import java.util.UUID;

/** One line of the tenant's requests in the call console; {@code status} and {@code severity} as their codes. */
public record CallerRequest(UUID id, String number, String title, String status, String severity, Instant receivedAt) {}
