package org.helpline.platform;

import java.util.List;

/** Keys that cannot be used: missing where they are required, unreadable, not Base64, or of the wrong length. */
public class KeySettingException extends IllegalStateException {

    private final List<String> problems;

    KeySettingException(List<String> problems) {
        super("Secret keys are not usable: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    KeySettingException(String problem, Throwable cause) {
        super("Secret keys are not usable: " + problem, cause);
        this.problems = List.of(problem);
    }

    /** One line per setting, each naming its property. */
    public List<String> problems() {
        return problems;
    }
}
