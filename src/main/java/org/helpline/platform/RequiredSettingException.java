package org.helpline.platform;

/** A setting the application cannot start without is missing or malformed; the message names it. */
public class RequiredSettingException extends IllegalStateException {

    RequiredSettingException(String problem) {
        super(problem);
    }
}
