package org.helpline.requests.internal;

import java.time.Duration;
import java.util.List;
import org.helpline.requests.AttachmentUpload;
import org.helpline.requests.AttachmentsProperties;
import org.springframework.util.unit.DataSize;

/** The limits of {@code helpline.attachments}, checked on the sizes the files announce and again on what was written. */
final class AttachmentLimits {

    private final AttachmentsProperties properties;

    AttachmentLimits(AttachmentsProperties properties) {
        this.properties = properties;
    }

    /**
     * New {@code files} and already uploaded files of {@code pendingSizes} for one message, on a
     * request whose files take {@code requestTotal} bytes so far (pending ones included).
     */
    void check(List<AttachmentUpload> files, List<Long> pendingSizes, long requestTotal) {
        int count = files.size() + pendingSizes.size();
        if (count > properties.maxFilesPerMessage()) {
            throw new AttachmentLimitExceeded(
                    "max-files-per-message",
                    String.valueOf(properties.maxFilesPerMessage()),
                    "At most " + properties.maxFilesPerMessage() + " files go with one message.");
        }
        long newBytes = 0;
        for (var file : files) {
            checkWritten(file, file.size());
            newBytes += file.size();
        }
        long messageBytes =
                newBytes + pendingSizes.stream().mapToLong(Long::longValue).sum();
        if (messageBytes > properties.maxPerMessage().toBytes()) {
            throw exceeded("max-per-message", properties.maxPerMessage(), "The files of one message");
        }
        if (requestTotal + newBytes > properties.maxPerRequest().toBytes()) {
            throw exceeded("max-per-request", properties.maxPerRequest(), "The files of one request");
        }
    }

    /** One file, by the size it announced or the bytes that were actually written. */
    void checkWritten(AttachmentUpload file, long size) {
        if (size > properties.maxFileSize().toBytes()) {
            throw exceeded("max-file-size", properties.maxFileSize(), "The file " + file.fileName());
        }
    }

    Duration pendingFor() {
        return properties.pendingFor();
    }

    private static AttachmentLimitExceeded exceeded(String limit, DataSize value, String what) {
        var shown = readable(value);
        return new AttachmentLimitExceeded(limit, shown, what + " may take at most " + shown + ".");
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + "MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + "KB";
        }
        return bytes + "B";
    }
}
