package org.helpline.cannedreplies;

import java.util.UUID;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.Severity;

/** A request after a canned reply was applied to it: the message as sent, and the request's state now. */
public record AppliedReply(
        UUID requestId,
        String number,
        long version,
        RequestStatus status,
        Severity severity,
        String assigneeName,
        String language,
        String text) {}
