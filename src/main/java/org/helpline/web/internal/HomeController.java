package org.helpline.web.internal;

import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each user to the page of their role after sign-in. */
@Controller
class HomeController {

    private final TenantManagement tenants;

    HomeController(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal HelplineUser me) {
        if (me.tenantId().isPresent()) {
            return "redirect:/support";
        }
        if (me.has(Role.ORG_ADMIN)) {
            return "redirect:/admin/tenants";
        }
        return "redirect:/workspace";
    }

    /** The landing page of agents, supervisors and partner agents. */
    @GetMapping("/workspace")
    String workspace(@AuthenticationPrincipal HelplineUser me, Model model) {
        model.addAttribute("organisation", tenants.organisation(me.organisationId()));
        model.addAttribute("partner", me.partnerId().flatMap(tenants::partner).orElse(null));
        model.addAttribute("roles", me.roles().stream().sorted().toList());
        return "web/workspace";
    }
}
