package org.helpline.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says at startup which key settings are missing or wrong, and how to make and give a key. */
class KeySettingFailureAnalyzer extends AbstractFailureAnalyzer<KeySettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeySettingException cause) {
        return new FailureAnalysis(
                "Helpline's secret keys are not usable:\n  - " + String.join("\n  - ", cause.problems()), """
                Give each key named above 32 random bytes in Base64, made with `openssl rand -base64 32`: \
                as an environment variable (helpline.phone.code-key is HELPLINE_PHONE_CODEKEY), as \
                file:<path> naming a file that holds the key, or from a config tree \
                (SPRING_CONFIG_IMPORT=configtree:/run/secrets/). A key replaced by a new one goes into \
                the matching previous-...-keys setting until what it made has expired. See "Running on \
                PostgreSQL" in README.md.""", cause);
    }
}
