package org.helpline.notify;

import org.helpline.HelplineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running application for all mail tests: the whole application with demo data (without
 * its history, whose thousands of e-mails would queue ahead of the tests' own) on a loopback port, sending mail to GreenMail and text messages to the recording gateway of
 * {@link MailServers}, with a clock tests move forward. It is started outside Spring's test
 * context cache on purpose: a second cached context would make the cache pause and restart the
 * shared {@code @HelplineIntegrationTest} context whenever test classes alternate, and the job
 * scheduler cannot be restarted. Each test creates its own tenants, so none depends on another.
 */
public final class MailApplication {

    private static ConfigurableApplicationContext context;

    private MailApplication() {}

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = new SpringApplicationBuilder(HelplineApplication.class)
                    .initializers(new MailServers())
                    .run("--server.port=0", "--server.address=127.0.0.1", "--helpline.demo.history-days=0");
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "mail-application-stop"));
        }
        return context;
    }

    public static int port() {
        return Integer.parseInt(context().getEnvironment().getProperty("local.server.port"));
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
