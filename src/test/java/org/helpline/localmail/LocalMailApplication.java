package org.helpline.localmail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.helpline.HelplineApplication;
import org.helpline.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application with its local mail server switched on (the build switches it off for every
 * other test), on free ports, keeping its messages in {@code directory}, with a database of its own
 * and the demo data without its history. The local mail tests share one, started on first use and
 * stopped when the JVM ends, as each start costs seconds; each test makes its own addresses.
 */
record LocalMailApplication(
        ConfigurableApplicationContext context, int port, int smtpPort, int imapPort, Path directory) {

    private static LocalMailApplication shared;

    static synchronized LocalMailApplication shared() {
        if (shared == null) {
            try {
                shared = start(Files.createTempDirectory("helpline-local-mail"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared.context()::close, "local-mail-application-stop"));
        }
        return shared;
    }

    private static LocalMailApplication start(Path directory) {
        var smtpPort = freePort();
        var imapPort = freePort();
        var context = new SpringApplicationBuilder(HelplineApplication.class)
                .initializers(new TestDatabase(TestDatabase.ownDatabase("localmail")))
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--helpline.demo.history-days=0",
                        "--helpline.notify.poll-interval=200ms",
                        "--helpline.mail.local.enabled=true",
                        "--helpline.mail.local.smtp-port=" + smtpPort,
                        "--helpline.mail.local.imap-port=" + imapPort,
                        "--helpline.mail.local.directory=" + directory);
        var port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return new LocalMailApplication(context, port, smtpPort, imapPort, directory);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
