package org.helpline.knowledge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.helpline.knowledge.internal.SynonymGroup;
import org.helpline.knowledge.internal.SynonymManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's own synonym groups, for its admins: {@code {language: "pl", words: "mejl, e-mail"}}
 * adds a group its searches join to the shipped ones.
 */
@RestController
@RequestMapping("/api/v1/kb/synonyms")
@PreAuthorize("hasRole('ORG_ADMIN')")
class SynonymRestController {

    private final SynonymManagement management;

    SynonymRestController(SynonymManagement management) {
        this.management = management;
    }

    record GroupRequest(
            @NotBlank @Size(max = 5) String language,
            @NotBlank @Size(max = 1000) String words) {}

    record GroupResponse(UUID id, String language, List<String> words) {

        static GroupResponse of(SynonymGroup group) {
            return new GroupResponse(group.id(), group.language().code(), group.words());
        }
    }

    @GetMapping
    List<GroupResponse> groups(@AuthenticationPrincipal HelplineUser me) {
        return management.groups(me).stream().map(GroupResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<GroupResponse> add(
            @AuthenticationPrincipal HelplineUser me, @Valid @RequestBody GroupRequest request) {
        var group = management.add(me, request.language(), request.words());
        return ResponseEntity.created(URI.create("/api/v1/kb/synonyms/" + group.id()))
                .body(GroupResponse.of(group));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        management.remove(me, id);
        return ResponseEntity.noContent().build();
    }
}
