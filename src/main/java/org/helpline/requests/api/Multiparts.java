package org.helpline.requests.api;

import java.util.List;
import org.helpline.requests.AttachmentUpload;
import org.springframework.web.multipart.MultipartFile;

/** The file parts of a multipart request as uploads; Tomcat keeps each on disk until the request ends. */
public final class Multiparts {

    private Multiparts() {}

    /** The non-empty parts among {@code files} (a form sends an empty part when no file was chosen). */
    public static List<AttachmentUpload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> !file.isEmpty() || hasName(file))
                .map(file -> new AttachmentUpload(file.getOriginalFilename(), file.getSize(), file))
                .toList();
    }

    private static boolean hasName(MultipartFile file) {
        return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }
}
