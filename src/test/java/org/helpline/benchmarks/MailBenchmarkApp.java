package org.helpline.benchmarks;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import org.helpline.HelplineApplication;
import org.helpline.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application for the e-mail benchmarks, sending to GreenMail on a free loopback port, on
 * PostgreSQL when HELPLINE_TEST_POSTGRES_URL is set (H2 in memory otherwise). Closing it stops both.
 */
record MailBenchmarkApp(ConfigurableApplicationContext context, GreenMail smtp, int port) implements AutoCloseable {

    static MailBenchmarkApp start(boolean demoData, String outboxWorkers) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var properties = new HashMap<String, Object>(TestDatabase.properties());
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("helpline.demo-data", String.valueOf(demoData));
        properties.put("helpline.demo.history-days", "0");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(port));
        properties.put("helpline.notify.workers", outboxWorkers);
        properties.put("helpline.notify.poll-interval", "200ms");
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
        smtp.stop();
    }
}
