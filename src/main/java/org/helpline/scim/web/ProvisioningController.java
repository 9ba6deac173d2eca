package org.helpline.scim.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.helpline.scim.internal.DirectorySecrets;
import org.helpline.shared.HelplineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Provisioning": the address and secret a tenant's directory needs to provision its people over
 * SCIM. The tenant's global admin reaches it from "People"; an org admin for a tenant from the
 * tenant's page. A new secret is shown on the answer to the form that made it, once, never stored.
 */
@Controller
class ProvisioningController {

    private static final String PAGE = "scim/provisioning";

    private final DirectorySecrets secrets;

    ProvisioningController(DirectorySecrets secrets) {
        this.secrets = secrets;
    }

    @GetMapping("/tenant/provisioning")
    @PreAuthorize("hasRole('GLOBAL_ADMIN')")
    String ownTenant(@AuthenticationPrincipal HelplineUser me, Model model) {
        return page(me, ownTenantOf(me), null, model);
    }

    @PostMapping("/tenant/provisioning/secret")
    @PreAuthorize("hasRole('GLOBAL_ADMIN')")
    String newSecretOfOwnTenant(@AuthenticationPrincipal HelplineUser me, HttpServletResponse response, Model model) {
        var tenantId = ownTenantOf(me);
        return withNewSecret(me, tenantId, response, model);
    }

    @PostMapping("/tenant/provisioning/revoke")
    @PreAuthorize("hasRole('GLOBAL_ADMIN')")
    String revokeOfOwnTenant(@AuthenticationPrincipal HelplineUser me) {
        secrets.revoke(me, ownTenantOf(me));
        return "redirect:/tenant/provisioning?revoked";
    }

    @GetMapping("/admin/tenants/{tenantId}/provisioning")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String tenant(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId, Model model) {
        return page(me, tenantId, null, model);
    }

    @PostMapping("/admin/tenants/{tenantId}/provisioning/secret")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String newSecret(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID tenantId,
            HttpServletResponse response,
            Model model) {
        return withNewSecret(me, tenantId, response, model);
    }

    @PostMapping("/admin/tenants/{tenantId}/provisioning/revoke")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String revoke(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID tenantId) {
        secrets.revoke(me, tenantId);
        return "redirect:/admin/tenants/" + tenantId + "/provisioning?revoked";
    }

    private String withNewSecret(HelplineUser me, UUID tenantId, HttpServletResponse response, Model model) {
        var secret = secrets.create(me, tenantId);
        response.setHeader("Cache-Control", "no-store");
        return page(me, tenantId, secret, model);
    }

    private String page(HelplineUser me, UUID tenantId, String newSecret, Model model) {
        var status = secrets.status(me, tenantId);
        model.addAttribute("status", status);
        model.addAttribute("tenantName", status.tenantName());
        model.addAttribute("scimUrl", status.scimUrl());
        model.addAttribute("newSecret", newSecret);
        model.addAttribute("forOrganisation", me.tenantId().isEmpty());
        model.addAttribute(
                "base",
                me.tenantId().isPresent() ? "/tenant/provisioning" : "/admin/tenants/" + tenantId + "/provisioning");
        model.addAttribute("tenantId", tenantId);
        return PAGE;
    }

    private static UUID ownTenantOf(HelplineUser me) {
        return me.tenantId()
                .orElseThrow(() -> new org.helpline.shared.ForbiddenException(
                        "Only a tenant's global admin connects its directory here."));
    }
}
