package org.helpline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.helpline.identity.UserManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user changes their own password. It ends their other sessions and keeps this one, under a new
 * id so that whoever knew the old id of this session is not signed in either.
 */
@Controller
class PasswordController {

    private final UserManagement users;
    private final AccountPage page;

    PasswordController(UserManagement users, AccountPage page) {
        this.users = users;
        this.page = page;
    }

    record PasswordForm(
            @NotBlank String currentPassword,
            @NotBlank @Size(min = 8, max = 200) String newPassword,
            @NotBlank String repeatPassword) {}

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal HelplineUser me,
            @Validated @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("newPassword") && !form.newPassword().equals(form.repeatPassword())) {
            binding.rejectValue("repeatPassword", "account.password.mismatch");
        }
        if (binding.hasErrors()) {
            return page.render(me, request, model);
        }
        try {
            users.changePassword(
                    me.id(),
                    form.currentPassword(),
                    form.newPassword(),
                    request.getSession().getId());
        } catch (InvalidInputException wrong) {
            binding.rejectValue("currentPassword", "account.password.wrong");
            return page.render(me, request, model);
        }
        request.changeSessionId();
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }
}
