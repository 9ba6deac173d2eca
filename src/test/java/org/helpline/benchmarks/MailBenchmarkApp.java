package org.helpline.benchmarks;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashMap;
import org.helpline.HelplineApplication;
import org.helpline.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application for the e-mail benchmarks, on PostgreSQL when HELPLINE_TEST_POSTGRES_URL is set
 * (H2 in memory otherwise). It sends either to the product's own local mail server (as on the
 * embedded default, keeping each message on disk in a fresh directory) or to a GreenMail of the
 * benchmark's on a free loopback port ({@code smtp} is null then for the local server). Closing it
 * stops both.
 */
record MailBenchmarkApp(ConfigurableApplicationContext context, GreenMail smtp, int port) implements AutoCloseable {

    static MailBenchmarkApp start(boolean demoData, String outboxWorkers) throws IOException {
        return start(demoData, outboxWorkers, false);
    }

    static MailBenchmarkApp start(boolean demoData, String outboxWorkers, boolean localServer) throws IOException {
        var port = freePort();
        GreenMail smtp = null;
        var properties = new HashMap<String, Object>(TestDatabase.properties());
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("helpline.demo-data", String.valueOf(demoData));
        properties.put("helpline.demo.history-days", "0");
        properties.put("logging.level.root", "WARN");
        properties.put("helpline.notify.workers", outboxWorkers);
        properties.put("helpline.notify.poll-interval", "200ms");
        if (localServer) {
            properties.put("helpline.mail.local.enabled", "true");
            properties.put("helpline.mail.local.smtp-port", String.valueOf(port));
            properties.put("helpline.mail.local.imap-port", String.valueOf(freePort()));
            properties.put(
                    "helpline.mail.local.directory",
                    Files.createTempDirectory("helpline-mailbench").toString());
        } else {
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            properties.put("helpline.mail.local.enabled", "false");
            properties.put("spring.mail.host", "127.0.0.1");
            properties.put("spring.mail.port", String.valueOf(port));
        }
        var context = new SpringApplicationBuilder(HelplineApplication.class)
                .run(PhoneDirectoryBenchmark.arguments(properties));
        return new MailBenchmarkApp(context, smtp, port);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
