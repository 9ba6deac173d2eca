package org.helpline.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message for the thread (Markdown). Only agents may mark it {@code internal} or log a call
 * ({@link MessageKind#CALL_LOG}); a null kind is a plain message. {@code version} is the request's
 * version the writer saw.
 */
public record NewMessage(@NotBlank @Size(max = 20000) String body, Boolean internal, MessageKind kind, Long version) {}
