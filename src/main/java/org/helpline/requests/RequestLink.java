package org.helpline.requests;

import java.time.Instant;
import java.util.UUID;

/** Another request of the same tenant that this one is linked to or merged with, as the viewer sees it now. */
public record RequestLink(
        UUID requestId, String number, String title, RequestStatus status, LinkKind kind, Instant since) {}
