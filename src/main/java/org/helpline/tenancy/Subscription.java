package org.helpline.tenancy;

import java.time.LocalDate;
import java.util.UUID;

/** Licences of one offering a tenant holds; {@code partnerId} is the partner it was bought through, or null. */
public record Subscription(
        UUID id, String offering, SubscriptionKind kind, int licences, LocalDate renewalDate, UUID partnerId) {}
