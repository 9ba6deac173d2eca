package org.helpline.requests.internal;

import java.util.Map;
import org.helpline.shared.ProblemException;

/**
 * A file, or the files of a message or a request together, would exceed a limit of
 * {@code helpline.attachments}: 413 naming the limit ({@code limit}, the setting's name) and its
 * {@code value}; nothing of the message or upload is kept.
 */
public class AttachmentLimitExceeded extends ProblemException {

    private final String limit;
    private final String value;

    AttachmentLimitExceeded(String limit, String value, String detail) {
        super(413, "attachment-limit", detail);
        this.limit = limit;
        this.value = value;
    }

    public String limit() {
        return limit;
    }

    public String value() {
        return value;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("limit", limit, "value", value);
    }
}
