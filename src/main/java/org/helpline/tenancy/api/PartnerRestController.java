package org.helpline.tenancy.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.NewPartner;
import org.helpline.tenancy.TenantManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partners of the organisation admin's organisation. */
@RestController
@RequestMapping("/api/v1/partners")
@PreAuthorize("hasRole('ORG_ADMIN')")
class PartnerRestController {

    private final TenantManagement tenancy;

    PartnerRestController(TenantManagement tenancy) {
        this.tenancy = tenancy;
    }

    @GetMapping
    List<PartnerResponse> list(@AuthenticationPrincipal HelplineUser me) {
        return tenancy.partners(me.organisationId()).stream()
                .map(PartnerResponse::of)
                .toList();
    }

    @PostMapping
    ResponseEntity<PartnerResponse> create(
            @AuthenticationPrincipal HelplineUser me, @Valid @RequestBody NewPartner partner) {
        var created = PartnerResponse.of(tenancy.createPartner(me.organisationId(), partner));
        return ResponseEntity.created(URI.create("/api/v1/partners/" + created.id()))
                .body(created);
    }
}
