package org.helpline.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A message for the thread (Markdown). Only agents may mark it {@code internal} or log a call
 * ({@link MessageKind#CALL_LOG}); a null kind is a plain message. {@code version} is the request's
 * version the writer saw. {@code attachmentIds} names files the writer uploaded to the request
 * before ({@code POST /api/v1/requests/{id}/attachments}), which the message takes with it.
 */
public record NewMessage(
        @NotBlank @Size(max = 20000) String body,
        Boolean internal,
        MessageKind kind,
        Long version,
        @Size(max = 100) List<UUID> attachmentIds) {

    public NewMessage {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    /** A message without uploaded files. */
    public NewMessage(String body, Boolean internal, MessageKind kind, Long version) {
        this(body, internal, kind, version, List.of());
    }
}
