package org.helpline.web.internal;

import org.helpline.shared.HelplineUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model as {@code me} (null when anonymous). */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    HelplineUser me() {
        return HelplineUser.current().orElse(null);
    }
}
