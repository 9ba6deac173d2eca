package org.helpline.contact.api;

import java.util.Locale;
import org.helpline.contact.internal.ContactManagement;
import org.helpline.contact.internal.ContactOption;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/contact/wait-time?method=PHONE|CALLBACK&lang=}: the expected wait for a tenant
 * admin, with the inputs it used; the estimate is stored under {@code estimateId}.
 */
@RestController
class WaitTimeRestController {

    private final ContactManagement contact;
    private final WaitWordsRenderer renderer;

    WaitTimeRestController(ContactManagement contact, WaitWordsRenderer renderer) {
        this.contact = contact;
        this.renderer = renderer;
    }

    @GetMapping("/api/v1/contact/wait-time")
    WaitTimeResponse waitTime(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String lang,
            Locale locale) {
        var wait = contact.expectedWait(me, method(method), lang);
        return WaitTimeResponse.of(wait, renderer.words(wait, WaitWordsRenderer.locale(wait.language(), locale)));
    }

    static ContactOption method(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("method", "is required: PHONE or CALLBACK");
        }
        try {
            return ContactOption.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("method", "must be PHONE or CALLBACK");
        }
    }
}
