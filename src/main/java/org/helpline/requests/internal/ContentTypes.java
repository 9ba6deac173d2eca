package org.helpline.requests.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.Tika;

/**
 * The type of a file from its first bytes (Apache Tika's magic numbers and text detection), never
 * from its name: a page renamed {@code report.pdf} is still {@code text/html}, and is then sent as
 * a download that no browser runs (see {@code AttachmentDownloads}).
 */
final class ContentTypes {

    private static final Tika TIKA = new Tika();

    private ContentTypes() {}

    static String detect(InputStream content) throws IOException {
        try (var buffered = new BufferedInputStream(content)) {
            return TIKA.detect(buffered);
        }
    }
}
