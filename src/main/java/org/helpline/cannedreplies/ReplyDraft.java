package org.helpline.cannedreplies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.Severity;

/**
 * A canned reply as its author writes it; {@code version} is the version read when changing one.
 * The shortcut is what agents type after {@code /} in the composer.
 */
public record ReplyDraft(
        @NotNull ReplyScope scope,
        @Size(max = 60) String serviceId,

        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is 1 to 40 lower-case letters, digits or -")
        String shortcut,

        @NotBlank @Size(max = 120) String title,
        @Size(max = 20000) String bodyEn,
        @Size(max = 20000) String bodyPl,
        @Size(max = 20000) String bodyZhCn,
        RequestStatus setStatus,
        Severity setSeverity,
        @Size(max = 2000) String severityReason,
        ReplyAssignment assignment,
        Long version) {}
