package org.helpline.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.helpline.identity.internal.HashablePassword;
import org.helpline.identity.internal.InvitationAcceptance;
import org.helpline.identity.internal.InvitationGoneException;
import org.helpline.identity.internal.InvitationNotFoundException;
import org.helpline.identity.internal.SsoDirectory;
import org.helpline.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page of an invitation's link, open to anyone who has the link: the invited person chooses
 * their password. A link that is unknown (404) or used or expired (410) gets a page that says so.
 */
@Controller
class InvitationController {

    private static final String PAGE = "identity/invitation";
    private static final String GONE = "identity/invitation-gone";

    private final InvitationAcceptance invitations;
    private final SsoDirectory directory;

    InvitationController(InvitationAcceptance invitations, SsoDirectory directory) {
        this.invitations = invitations;
        this.directory = directory;
    }

    record InvitationForm(
            @NotBlank @Size(max = 200) String name,

            @NotBlank @Size(min = 8, max = 200) @HashablePassword
            String password,

            String repeatPassword) {}

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("token", token);
        try {
            var invitation = invitations.invitation(token);
            model.addAttribute("email", invitation.email());
            model.addAttribute("invitationForm", new InvitationForm(invitation.displayName(), "", ""));
            model.addAttribute("sso", directory.routeFor(invitation.email()).isPresent());
            return PAGE;
        } catch (InvitationNotFoundException | InvitationGoneException refused) {
            return refusal(refused instanceof InvitationGoneException, model, response);
        }
    }

    @PostMapping("/invitations/{token}")
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("invitationForm") InvitationForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("token", token);
        try {
            var invitation = invitations.invitation(token);
            model.addAttribute("email", invitation.email());
            if (directory.routeFor(invitation.email()).isPresent()) {
                model.addAttribute("sso", true);
                return PAGE;
            }
            model.addAttribute("sso", false);
            if (form.password() != null && !form.password().equals(form.repeatPassword())) {
                binding.rejectValue("repeatPassword", "invitation.mismatch");
            }
            if (binding.hasErrors()) {
                return PAGE;
            }
            invitations.accept(token, form.name(), form.password());
            model.addAttribute("done", true);
            return PAGE;
        } catch (InvitationNotFoundException | InvitationGoneException refused) {
            return refusal(refused instanceof InvitationGoneException, model, response);
        } catch (InvalidInputException e) {
            binding.rejectValue("password", "HashablePassword.invitationForm.password");
            return PAGE;
        }
    }

    /** A person whose domain signs in at its provider needs no password: the link enables the account and leads there. */
    @PostMapping("/invitations/{token}/sso")
    String acceptThroughProvider(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            var email = invitations.invitation(token).email();
            if (directory.routeFor(email).isEmpty()) {
                return "redirect:/invitations/" + token;
            }
            invitations.acceptThroughProvider(token);
            return "redirect:/login?invitedThroughProvider";
        } catch (InvitationNotFoundException | InvitationGoneException refused) {
            return refusal(refused instanceof InvitationGoneException, model, response);
        }
    }

    private static String refusal(boolean gone, Model model, HttpServletResponse response) {
        response.setStatus(gone ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("gone", gone);
        return GONE;
    }
}
