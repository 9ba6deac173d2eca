package org.helpline.requests.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads files to a request ahead of the message that will carry them: over the API, and from the
 * request pages' scripts ({@code /requests/...}, with the session and its CSRF token), which show
 * the upload's progress. The files stay pending, seen by their uploader only, until a message names
 * them in {@code attachmentIds}.
 */
@RestController
class AttachmentUploads {

    private final RequestManagement requests;

    AttachmentUploads(RequestManagement requests) {
        this.requests = requests;
    }

    @Operation(summary = "Upload files to a request, for a later message", description = """
            Multipart, one or more parts named file. Answers [{id, name, size, contentType}], the type detected \\
            from the content. The files stay pending, seen by the uploader only, until a message of theirs names \\
            them in attachmentIds; unused ones are removed after helpline.attachments.pending-for (a day). A file \\
            over a limit refuses all of them: 413 with limit (the setting's name) and value.""")
    @ApiResponse(responseCode = "201", description = "Stored, pending")
    @ApiResponse(responseCode = "404", description = "No such request for this user")
    @ApiResponse(responseCode = "413", description = "A limit of helpline.attachments, named by limit and value")
    @ApiResponse(responseCode = "422", description = "The request is closed")
    @PostMapping(
            path = {"/requests/{id}/attachments", "/api/v1/requests/{id}/attachments"},
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<AttachmentResponse>> upload(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestPart(name = "file", required = false) List<MultipartFile> files) {
        var stored = requests.upload(me, id, Multiparts.uploads(files));
        return ResponseEntity.status(201)
                .body(stored.stream().map(AttachmentResponse::of).toList());
    }
}
