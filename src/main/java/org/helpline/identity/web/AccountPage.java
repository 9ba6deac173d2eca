package org.helpline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.helpline.identity.internal.ApiTokenService;
import org.helpline.identity.internal.SecondFactorService;
import org.helpline.identity.internal.SsoDirectory;
import org.helpline.identity.internal.TokenScope;
import org.helpline.identity.internal.UserSessions;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the account page: the user's tokens, sessions, second factors and the forms to change them. */
@Component
class AccountPage {

    /** The validities a person picks from, in days; the API takes any up to the maximum. */
    static final List<Integer> VALIDITIES = List.of(7, 30, 90, ApiTokenService.MAX_VALIDITY_DAYS);

    private final ApiTokenService tokens;
    private final UserSessions sessions;
    private final SecondFactorService secondFactors;
    private final SsoDirectory singleSignOn;
    private final Clock clock;

    AccountPage(
            ApiTokenService tokens,
            UserSessions sessions,
            SecondFactorService secondFactors,
            SsoDirectory singleSignOn,
            Clock clock) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.singleSignOn = singleSignOn;
        this.clock = clock;
    }

    String render(HelplineUser me, HttpServletRequest request, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new AccountController.TokenForm("", TokenScope.READ, 90));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordController.PasswordForm("", "", ""));
        }
        var current = request.getSession(false);
        model.addAttribute("tokens", tokens.tokensOf(me));
        model.addAttribute("scopes", TokenScope.values());
        model.addAttribute("validities", VALIDITIES);
        model.addAttribute("now", clock.instant());
        model.addAttribute("secondFactor", secondFactors.status(me));
        model.addAttribute("gated", false);
        model.addAttribute("ssoRequired", singleSignOn.requiredFor(me.tenantId().orElse(null)));
        model.addAttribute(
                "sessions",
                sessions.of(me.login(), current == null ? null : current.getId()).stream()
                        .map(SessionView::of)
                        .toList());
        return "identity/account";
    }
}
