package org.helpline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.helpline.identity.UserManagement;
import org.helpline.identity.internal.HashablePassword;
import org.helpline.identity.internal.SignInThrottledException;
import org.helpline.identity.internal.SsoRequiredException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user changes their own password. The current password is checked like a sign-in, throttled
 * and audited, so a borrowed session cannot guess it faster than the sign-in form could. The
 * change ends the user's other sessions and keeps this one, under a new id so that whoever knew
 * the old id of this session is not signed in either.
 */
@Controller
class PasswordController {

    private final UserManagement users;
    private final AuthenticationProvider signIn;
    private final AccountPage page;
    private final Clock clock;

    PasswordController(UserManagement users, AuthenticationProvider signIn, AccountPage page, Clock clock) {
        this.users = users;
        this.signIn = signIn;
        this.page = page;
        this.clock = clock;
    }

    record PasswordForm(
            @NotBlank String currentPassword,
            @NotBlank @Size(min = 8) @HashablePassword String newPassword,
            @NotBlank String repeatPassword) {}

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal HelplineUser me,
            @Validated @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (form == null || binding.getTarget() == null) {
            // a value the binder refused outright (a NUL character, say): nothing to check, show the form
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
            return page.render(me, request, model);
        }
        if (!binding.hasFieldErrors("newPassword") && !form.newPassword().equals(form.repeatPassword())) {
            binding.rejectValue("repeatPassword", "account.password.mismatch");
        }
        if (binding.hasErrors() || !currentPasswordShown(me, form, request, binding)) {
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

    private boolean currentPasswordShown(
            HelplineUser me, PasswordForm form, HttpServletRequest request, BindingResult binding) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(me.login(), form.currentPassword());
        attempt.setDetails(new WebAuthenticationDetails(request));
        try {
            signIn.authenticate(attempt);
            return true;
        } catch (SignInThrottledException throttled) {
            binding.rejectValue(
                    "currentPassword",
                    "login.throttled",
                    new Object[] {throttled.secondsLeft(clock.instant())},
                    "Too many failed attempts");
        } catch (SsoRequiredException singleSignOnOnly) {
            binding.rejectValue("currentPassword", "account.password.sso");
        } catch (AuthenticationException wrong) {
            binding.rejectValue("currentPassword", "account.password.wrong");
        }
        return false;
    }
}
