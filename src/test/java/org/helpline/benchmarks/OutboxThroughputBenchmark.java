package org.helpline.benchmarks;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.helpline.notify.Outbox;
import org.helpline.notify.OutgoingMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbox delivery throughput to a local SMTP server, target at least 200 e-mails per second.
 * Starts GreenMail on a loopback port and the application pointed at it, commits a bounded
 * number of verification-code e-mails (HTML template, encrypted secret) in one transaction, and
 * measures from that commit until the last one is marked delivered; also the latency of each
 * message from enqueue to delivery (database timestamps). A small warm-up run goes first.
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.helpline.benchmarks.OutboxThroughputBenchmark [messages] [workers]
 * </pre>
 */
public final class OutboxThroughputBenchmark {

    private OutboxThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        var messages = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        var workers = args.length > 1 ? args[1] : "2";
        try (var app = MailBenchmarkApp.start(false, workers)) {
            var outbox = app.bean(Outbox.class);
            var transactions = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
            var jdbc = app.bean(JdbcClient.class);
            run("warm-up", 500, outbox, transactions, jdbc, app.smtp());
            run("measured", messages, outbox, transactions, jdbc, app.smtp());
            System.out.printf(
                    Locale.ROOT,
                    "workers per node: %s, batch size 100, SMTP: GreenMail on 127.0.0.1:%d%n",
                    workers,
                    app.port());
        }
    }

    private static void run(
            String name, int count, Outbox outbox, TransactionTemplate transactions, JdbcClient jdbc, GreenMail smtp)
            throws InterruptedException {
        var before = smtp.getReceivedMessages().length;
        var run = "run-" + name + "-" + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(OutgoingMessage.email(
                                run + "-" + i + "@bench.example",
                                Locale.forLanguageTag("pl"),
                                "phone.mail.code.subject",
                                "phone/mail/verification-code")
                        .with("tenant", "Contoso")
                        .with("minutes", "10")
                        .withSecret("code", String.format(Locale.ROOT, "%08d", i)));
            }
        });
        var start = System.nanoTime();
        var deadline = start + Duration.ofMinutes(5).toNanos();
        long delivered = 0;
        while (delivered < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
            delivered = jdbc.sql(
                            "select count(*) from notify_message where status = 'DELIVERED' and recipient like :run")
                    .param("run", run + "-%")
                    .query(Long.class)
                    .single();
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        var received = smtp.getReceivedMessages().length - before;
        var latencies = jdbc
                .sql("select created_at, delivered_at from notify_message where recipient like :run "
                        + "and status = 'DELIVERED'")
                .param("run", run + "-%")
                .query((rs, row) -> Duration.between(
                                rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class))
                        .toNanos())
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
        System.out.printf(
                Locale.ROOT,
                "%s: %d e-mails delivered (%d received by SMTP) in %.2f s = %.0f e-mails/s%n",
                name,
                delivered,
                received,
                seconds,
                delivered / seconds);
        PhoneDirectoryBenchmark.report(name + " enqueue-to-delivered latency", latencies);
    }
}
