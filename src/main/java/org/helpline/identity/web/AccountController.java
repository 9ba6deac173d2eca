package org.helpline.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.helpline.identity.internal.ApiTokenService;
import org.helpline.shared.HelplineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account: who they are and their personal API tokens. */
@Controller
class AccountController {

    private final ApiTokenService tokens;

    AccountController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record TokenForm(@NotBlank @Size(max = 100) String name) {}

    @GetMapping("/account")
    String account(@AuthenticationPrincipal HelplineUser me, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(""));
        }
        model.addAttribute("tokens", tokens.tokensOf(me));
        return "identity/account";
    }

    @PostMapping("/account/tokens")
    String create(
            @AuthenticationPrincipal HelplineUser me,
            @Validated @ModelAttribute("tokenForm") TokenForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("tokens", tokens.tokensOf(me));
            return "identity/account";
        }
        var created = tokens.create(me, form.name(), null);
        redirect.addFlashAttribute("createdSecret", created.secret());
        redirect.addFlashAttribute("createdName", created.token().name());
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        tokens.revoke(me, id);
        return "redirect:/account";
    }
}
