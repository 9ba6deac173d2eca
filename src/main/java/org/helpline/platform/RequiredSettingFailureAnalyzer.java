package org.helpline.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says at startup which setting is missing and where to give it, instead of a stack trace. */
class RequiredSettingFailureAnalyzer extends AbstractFailureAnalyzer<RequiredSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RequiredSettingException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set it in the environment, on the command line (--name=value) or in an application.properties"
                        + " next to the jar. See \"Running on PostgreSQL\" in README.md.",
                cause);
    }
}
