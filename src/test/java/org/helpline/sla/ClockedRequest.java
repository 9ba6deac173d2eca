package org.helpline.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A made-up request of organisation cn, in Shanghai's zone, whose service-level clocks a test starts
 * and moves on; each step runs in a transaction of its own, as the requests module calls it.
 */
final class ClockedRequest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final SlaManagement sla;
    private final TransactionTemplate transactions;
    private final UUID id = UUID.randomUUID();
    private final UUID tenantId = UUID.randomUUID();

    ClockedRequest(SlaManagement sla, TransactionTemplate transactions) {
        this.sla = sla;
        this.transactions = transactions;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    Deadlines start(RequestCategory category, Severity severity, Instant receivedAt) {
        return inTransaction(
                () -> sla.start(new ClockStart(id, tenantId, "cn", category, severity, SHANGHAI, receivedAt)));
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
