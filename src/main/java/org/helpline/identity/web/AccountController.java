package org.helpline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.helpline.identity.internal.ApiTokenService;
import org.helpline.identity.internal.TokenScope;
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
    private final AccountPage page;

    AccountController(ApiTokenService tokens, AccountPage page) {
        this.tokens = tokens;
        this.page = page;
    }

    record TokenForm(
            @NotBlank @Size(max = 100) String name,
            @NotNull TokenScope scope,

            @NotNull @Min(1) @Max(ApiTokenService.MAX_VALIDITY_DAYS)
            Integer validDays) {}

    @GetMapping("/account")
    String account(@AuthenticationPrincipal HelplineUser me, HttpServletRequest request, Model model) {
        return page.render(me, request, model);
    }

    @PostMapping("/account/tokens")
    String create(
            @AuthenticationPrincipal HelplineUser me,
            @Validated @ModelAttribute("tokenForm") TokenForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page.render(me, request, model);
        }
        var created = tokens.create(me, form.name(), form.scope(), form.validDays());
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
