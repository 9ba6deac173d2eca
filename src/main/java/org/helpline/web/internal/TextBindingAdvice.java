package org.helpline.web.internal;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Binds every form field and parameter of text through {@link NulCharacters.Editor}. */
@ControllerAdvice
class TextBindingAdvice {

    @InitBinder
    void refuseNulCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NulCharacters.Editor());
    }
}
