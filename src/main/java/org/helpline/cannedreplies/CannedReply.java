package org.helpline.cannedreplies;

import java.time.Instant;
import java.util.UUID;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.Severity;

/**
 * A canned reply as its readers see it. {@code ownerId} is set for a personal reply, {@code
 * serviceId} for a team's; the bodies are Markdown with placeholders ({@code {{requester}}}, {@code
 * {{number}}}, {@code {{due}}}, {@code {{agent}}}), at least one of them set. {@code setStatus},
 * {@code setSeverity} (with {@code severityReason}) and {@code assignment} are what applying it also
 * does, each null when it does not.
 */
public record CannedReply(
        UUID id,
        ReplyScope scope,
        UUID ownerId,
        String serviceId,
        String shortcut,
        String title,
        String bodyEn,
        String bodyPl,
        String bodyZhCn,
        RequestStatus setStatus,
        Severity setSeverity,
        String severityReason,
        ReplyAssignment assignment,
        Instant updatedAt,
        long version) {

    /** The body in {@code language} (pl, en or zh-CN), else the first one written: English, Polish, Chinese. */
    public String body(String language) {
        var wanted = language == null ? "" : language;
        var chosen = wanted.startsWith("pl") ? bodyPl : wanted.startsWith("zh") ? bodyZhCn : bodyEn;
        for (var body : new String[] {chosen, bodyEn, bodyPl, bodyZhCn}) {
            if (body != null && !body.isBlank()) {
                return body;
            }
        }
        return "";
    }

    /** Whether applying the reply does more than answer. */
    public boolean hasActions() {
        return setStatus != null || setSeverity != null || assignment != null;
    }
}
