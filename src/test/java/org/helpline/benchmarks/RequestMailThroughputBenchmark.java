package org.helpline.benchmarks;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.helpline.requests.Channel;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.HandledBy;
import org.helpline.requests.OpenRequest;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Request events to delivered e-mails (issue 7: at least 200 e-mails per second; issue 19: at least
 * 300 to the product's own local mail server). Starts the application (demo data) with its local
 * mail server on loopback ports ({@code local}, the default: each message is also written to disk),
 * or pointed at a GreenMail of its own ({@code greenmail}), files {@code
 * requests} requests as the Contoso admin in one transaction, whose {@code RequestOpened} events
 * write their e-mails to the outbox before it commits, and measures from that commit until the last
 * e-mail (to the contact address and to each admin who keeps "filed" e-mails on) is delivered. The
 * whole path is real: mail listener, outbox, rendering and SMTP. A warm-up run of
 * 100 goes first. Uses PostgreSQL when HELPLINE_TEST_POSTGRES_URL is set, H2 in memory otherwise.
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * HELPLINE_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/helpline_bench \
 *   java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.helpline.benchmarks.RequestMailThroughputBenchmark [requests] [workers] [local|greenmail]
 * </pre>
 */
public final class RequestMailThroughputBenchmark {

    private RequestMailThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        var requests = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        var workers = args.length > 1 ? args[1] : "2";
        var local = args.length <= 2 || !"greenmail".equals(args[2]);
        try (var app = MailBenchmarkApp.start(true, workers, local)) {
            var run = new Run(
                    app.bean(RequestManagement.class),
                    (HelplineUser) app.bean(UserDetailsService.class).loadUserByUsername("admin@contoso.example"),
                    new TransactionTemplate(app.bean(PlatformTransactionManager.class)),
                    app.bean(JdbcClient.class));
            run.measure("warm-up", 100);
            run.measure("measured", requests);
            System.out.printf(
                    Locale.ROOT,
                    "outbox workers per node: %s, SMTP: %s on 127.0.0.1:%d%n",
                    workers,
                    local ? "the local mail server" : "GreenMail",
                    app.port());
        }
    }

    private record Run(
            RequestManagement requests, HelplineUser admin, TransactionTemplate transactions, JdbcClient jdbc) {

        void measure(String name, int count) throws InterruptedException {
            var tag = "mailbench-" + System.nanoTime();
            var filedFrom = Instant.now();
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < count; i++) {
                    requests.open(admin, request(tag, i), Channel.API, null);
                }
            });
            var committed = Instant.now();
            var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (undelivered(filedFrom) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("not all e-mails were delivered within 5 minutes");
                }
                Thread.sleep(20);
            }
            report(name, count, committed, filedFrom);
        }

        private void report(String name, int count, Instant committed, Instant filedFrom) {
            var delivered = jdbc.sql("select created_at, delivered_at from notify_message where created_at >= :from")
                    .param("from", Timestamp.from(filedFrom))
                    .query((rs, row) -> new long[] {
                        rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli(),
                        rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli()
                    })
                    .list();
            long last = delivered.stream().mapToLong(times -> times[1]).max().orElseThrow();
            double seconds = (last - committed.toEpochMilli()) / 1000.0;
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d requests -> %d e-mails delivered in %.2f s after the commit = %.0f e-mails/s (%.0f events/s)%n",
                    name,
                    count,
                    delivered.size(),
                    seconds,
                    delivered.size() / seconds,
                    count / seconds);
            PhoneDirectoryBenchmark.report(
                    name + " enqueue-to-delivered latency",
                    delivered.stream()
                            .mapToLong(times -> (times[1] - times[0]) * 1_000_000)
                            .toArray());
        }

        private long undelivered(Instant from) {
            return jdbc.sql("select count(*) from notify_message where created_at >= :from and status <> 'DELIVERED'")
                    .param("from", Timestamp.from(from))
                    .query(Long.class)
                    .single();
        }

        private static OpenRequest request(String tag, int i) {
            return new OpenRequest(
                    RequestCategory.TECHNICAL,
                    "mail",
                    "mail-flow",
                    "Mail benchmark " + i,
                    "Since 09:10 mail to **external** domains is delayed.",
                    Severity.C,
                    HandledBy.PROVIDER,
                    new ContactDetails(null, null, tag + "-" + i + "@bench.example", null, null, false),
                    null);
        }
    }
}
