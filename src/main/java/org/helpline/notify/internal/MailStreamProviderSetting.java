package org.helpline.notify.internal;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Names Jakarta Mail's stream provider for the JVM before anything sends or reads mail. Unnamed,
 * Jakarta Mail 2.1 looks it up with a ServiceLoader, which reads the services file of every jar,
 * each time it parses or writes a header or a body part (jakartaee/mail-api#861): measured, that
 * was 40% of the CPU of sending e-mails to the local mail server. Named, it is one class lookup. A
 * value the operator gave ({@code -Djakarta.mail.util.StreamProvider=...}) is left alone.
 */
public class MailStreamProviderSetting implements EnvironmentPostProcessor {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(PROPERTY) == null
                && ClassUtils.isPresent(ANGUS, MailStreamProviderSetting.class.getClassLoader())) {
            System.setProperty(PROPERTY, ANGUS);
        }
    }
}
