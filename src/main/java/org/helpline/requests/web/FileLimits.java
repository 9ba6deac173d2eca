package org.helpline.requests.web;

import org.helpline.requests.AttachmentsProperties;
import org.springframework.util.unit.DataSize;

/** The attachment limits as a form's hint shows them: files per message, size of one, size of all. */
record FileLimits(int files, String perFile, String perMessage) {

    static FileLimits of(AttachmentsProperties properties) {
        return new FileLimits(
                properties.maxFilesPerMessage(), shown(properties.maxFileSize()), shown(properties.maxPerMessage()));
    }

    private static String shown(DataSize size) {
        long megabytes = size.toMegabytes();
        return megabytes >= 1 ? megabytes + " MB" : size.toKilobytes() + " KB";
    }
}
