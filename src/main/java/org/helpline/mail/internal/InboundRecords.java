package org.helpline.mail.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The e-mails read from the inbound mailbox, each once by its Message-ID, with what became of it. */
@Repository
class InboundRecords {

    /** What became of an e-mail: added to {@code requestId}'s thread, or refused for {@code reason}. */
    record Outcome(boolean added, String reason, UUID tenantId, UUID requestId) {

        static Outcome added(UUID tenantId, UUID requestId) {
            return new Outcome(true, null, tenantId, requestId);
        }

        static Outcome refused(String reason, UUID tenantId, UUID requestId) {
            return new Outcome(false, reason, tenantId, requestId);
        }
    }

    private final JdbcClient jdbc;

    InboundRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean seen(String messageId) {
        return jdbc.sql("select count(*) from mail_inbound where message_id = :id")
                        .param("id", messageId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records the e-mail; a second record of the same Message-ID fails on the primary key. */
    void record(InboundMessage message, Outcome outcome, Instant at) {
        jdbc.sql("""
                insert into mail_inbound (message_id, received_at, sender, subject, outcome, reason, tenant_id, request_id)
                values (:id, :at, :sender, :subject, :outcome, :reason, :tenant, :request)
                """)
                .param("id", message.messageId())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("sender", cut(message.fromAddress(), 254))
                .param("subject", cut(message.subject(), 500))
                .param("outcome", outcome.added() ? "ADDED" : "REFUSED")
                .param("reason", outcome.reason())
                .param("tenant", outcome.tenantId())
                .param("request", outcome.requestId())
                .update();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
