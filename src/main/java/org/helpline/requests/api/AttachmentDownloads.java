package org.helpline.requests.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
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
 * Downloads a file attached to a request, on the request pages ({@code /requests/...}) and over the
 * API, with the request's own access rules (404 for a request or file the caller may not see),
 * streamed from its store. Files are always sent as downloads ({@code Content-Disposition:
 * attachment}, {@code X-Content-Type-Options: nosniff}, {@code Content-Security-Policy: sandbox}),
 * and text and types a browser would run (HTML, SVG, XML, scripts) as plain bytes, so an attachment
 * never becomes a page, even where the detected type is {@code text/plain} for a fragment of HTML. Thumbnails of pictures are PNGs drawn by Helpline itself.
 */
@RestController
class AttachmentDownloads {

    private final RequestManagement requests;

    AttachmentDownloads(RequestManagement requests) {
        this.requests = requests;
    }

    @Operation(summary = "Download a file of a request", description = """
            The request's own access rules: files of internal notes for agents only, a pending upload for its \
            uploader only; 404 otherwise, also for other tenants' requests. Always a download, never a page.""")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "404", description = "No such request or file for this user")
    @GetMapping({"/requests/{id}/attachments/{attachmentId}", "/api/v1/requests/{id}/attachments/{attachmentId}"})
    ResponseEntity<Resource> download(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @PathVariable UUID attachmentId)
            throws IOException {
        var file = requests.attachment(me, id, attachmentId);
        return ResponseEntity.ok()
                .contentType(safeType(file.contentType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new InputStreamResource(file.content().getInputStream()));
    }

    @Operation(summary = "A thumbnail (PNG, at most 240 px) of a picture attached to a request")
    @ApiResponse(responseCode = "200", description = "The thumbnail")
    @ApiResponse(responseCode = "404", description = "No such request, file or thumbnail for this user")
    @GetMapping({
        "/requests/{id}/attachments/{attachmentId}/thumbnail",
        "/api/v1/requests/{id}/attachments/{attachmentId}/thumbnail"
    })
    ResponseEntity<byte[]> thumbnail(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @PathVariable UUID attachmentId) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(requests.thumbnail(me, id, attachmentId));
    }

    private static MediaType safeType(String contentType) {
        try {
            var type = MediaType.parseMediaType(contentType);
            var name = type.toString().toLowerCase(Locale.ROOT);
            if (name.startsWith("text/")
                    || name.contains("html")
                    || name.contains("xml")
                    || name.contains("script")
                    || type.isWildcardType()) {
                return MediaType.APPLICATION_OCTET_STREAM;
            }
            return new MediaType(type.getType(), type.getSubtype());
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
