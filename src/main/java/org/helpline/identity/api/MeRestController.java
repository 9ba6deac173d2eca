package org.helpline.identity.api;

import java.util.List;
import org.helpline.identity.UserManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: {@code GET /api/v1/me}. */
@RestController
@RequestMapping("/api/v1/me")
class MeRestController {

    private final UserManagement users;

    MeRestController(UserManagement users) {
        this.users = users;
    }

    record Named(String id, String name) {}

    record OrganisationRef(String id, String name) {}

    record Me(
            String login,
            String name,
            List<Role> roles,
            Named tenant,
            OrganisationRef organisation,
            Named partner,
            String locale,
            String timeZone) {}

    @GetMapping
    Me me(@AuthenticationPrincipal HelplineUser me) {
        var membership = users.membership(me);
        var tenant = membership.tenant() == null
                ? null
                : new Named(
                        membership.tenant().id().toString(), membership.tenant().name());
        var partner = membership.partner() == null
                ? null
                : new Named(
                        membership.partner().id().toString(),
                        membership.partner().name());
        var organisation = membership.organisation();
        var locale = me.chosenLocale().orElse(LocaleContextHolder.getLocale()).toLanguageTag();
        var roles = me.roles().stream().sorted().toList();
        return new Me(
                me.login(),
                me.name(),
                roles,
                tenant,
                new OrganisationRef(organisation.id(), organisation.name()),
                partner,
                locale,
                me.zone().getId());
    }
}
