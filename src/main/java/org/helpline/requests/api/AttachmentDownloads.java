package org.helpline.requests.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.helpline.requests.AttachmentFile;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads a file attached to a message, on the request pages ({@code /requests/...}) and over
 * the API, with the request's own access rules (404
 * for a request or file the caller may not see). Files are always sent as downloads, and types a
 * browser would run (HTML, SVG, XML, scripts) as plain bytes, so an attachment never becomes a page.
 */
@RestController
class AttachmentDownloads {

    private final RequestManagement requests;

    AttachmentDownloads(RequestManagement requests) {
        this.requests = requests;
    }

    @GetMapping({"/requests/{id}/attachments/{attachmentId}", "/api/v1/requests/{id}/attachments/{attachmentId}"})
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @PathVariable UUID attachmentId) {
        return response(requests.attachment(me, id, attachmentId));
    }

    private static ResponseEntity<byte[]> response(AttachmentFile file) {
        return ResponseEntity.ok()
                .contentType(safeType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    private static MediaType safeType(String contentType) {
        try {
            var type = MediaType.parseMediaType(contentType);
            var name = type.toString().toLowerCase(Locale.ROOT);
            if (name.contains("html") || name.contains("xml") || name.contains("script") || type.isWildcardType()) {
                return MediaType.APPLICATION_OCTET_STREAM;
            }
            return new MediaType(type.getType(), type.getSubtype());
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
