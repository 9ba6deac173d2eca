package org.helpline.tenancy.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.helpline.tenancy.NewSubscription;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.Subscription;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.internal.ProfileChange;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tenants of the organisation admin's organisation: list, register, read, change; their subscriptions. */
@RestController
@RequestMapping("/api/v1/tenants")
@PreAuthorize("hasRole('ORG_ADMIN')")
class TenantRestController {

    private final TenantManagement tenancy;

    TenantRestController(TenantManagement tenancy) {
        this.tenancy = tenancy;
    }

    @GetMapping
    TenantPage list(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var items = tenancy.tenants(me.organisationId(), q, page, size);
        return new TenantPage(items, tenancy.countTenants(me.organisationId(), q), page, size);
    }

    @PostMapping
    ResponseEntity<TenantResponse> create(
            @AuthenticationPrincipal HelplineUser me, @Valid @RequestBody NewTenant tenant) {
        var created = tenancy.createTenant(me.organisationId(), tenant);
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + created.id()))
                .body(TenantResponse.of(created));
    }

    @GetMapping("/{id}")
    TenantResponse read(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return tenancy.findProfileInOrganisation(me.organisationId(), id)
                .map(TenantResponse::of)
                .orElseThrow(() -> new NotFoundException("Tenant", id));
    }

    @PutMapping("/{id}")
    TenantResponse change(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @Valid @RequestBody ProfileChange change) {
        return TenantResponse.of(tenancy.changeProfile(me.organisationId(), id, change));
    }

    @PostMapping("/{id}/subscriptions")
    ResponseEntity<Subscription> addSubscription(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @Valid @RequestBody NewSubscription subscription) {
        var added = tenancy.addSubscription(me.organisationId(), id, subscription);
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + id + "/subscriptions/" + added.id()))
                .body(added);
    }

    @DeleteMapping("/{id}/subscriptions/{subscriptionId}")
    ResponseEntity<Void> removeSubscription(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @PathVariable UUID subscriptionId) {
        tenancy.removeSubscription(me.organisationId(), id, subscriptionId);
        return ResponseEntity.noContent().build();
    }
}
