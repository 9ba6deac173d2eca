package org.helpline.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone in copy of a request: a colleague of the tenant's admin, or a watcher from the support
 * side ({@code staff}), whom the customer does not see. Both get the request's e-mails and may
 * answer them by e-mail. {@code email} is the user's login, in lower case.
 */
public record PersonInCopy(String email, UUID userId, boolean staff, String addedBy, Instant addedAt) {}
