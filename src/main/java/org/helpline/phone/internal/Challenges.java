package org.helpline.phone.internal;

import static org.helpline.phone.internal.Times.at;
import static org.helpline.phone.internal.Times.read;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Verification challenges of calls. */
@Repository
class Challenges {

    private static final String COLUMNS = """
            tenant_id, id, call_id, agent_id, caller_e164, channel, destination_id, masked_destination, code_hash, created_at,
            expires_at, wrong_tries, state, message_id""";

    private final JdbcClient jdbc;

    Challenges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ChallengeRecord challenge) {
        jdbc.sql("""
                insert into phone_challenge (tenant_id, id, call_id, agent_id, caller_e164, channel, destination_id,
                    masked_destination, code_hash, created_at, expires_at, wrong_tries, state, message_id)
                values (:tenantId, :id, :callId, :agentId, :caller, :channel, :destination, :masked, :hash, :createdAt,
                    :expiresAt, 0, :state, :messageId)
                """)
                .param("tenantId", challenge.tenantId())
                .param("id", challenge.id())
                .param("callId", challenge.callId())
                .param("agentId", challenge.agentId())
                .param("caller", challenge.callerE164())
                .param("channel", challenge.channel().name())
                .param("destination", challenge.destinationId())
                .param("masked", challenge.maskedDestination())
                .param("hash", challenge.codeHash())
                .param("createdAt", at(challenge.createdAt()))
                .param("expiresAt", at(challenge.expiresAt()))
                .param("state", challenge.state())
                .param("messageId", challenge.messageId())
                .update();
    }

    public Optional<ChallengeRecord> latest(UUID tenantId, UUID callId) {
        return jdbc.sql("select " + COLUMNS + """
                 from phone_challenge where tenant_id = :tenantId and call_id = :callId
                order by created_at desc, id fetch first 1 rows only
                """)
                .param("tenantId", tenantId)
                .param("callId", callId)
                .query(this::map)
                .optional();
    }

    /** A new code replaces every open one of the call. */
    public void replaceOpen(UUID tenantId, UUID callId) {
        jdbc.sql("""
                update phone_challenge set state = 'REPLACED'
                where tenant_id = :tenantId and call_id = :callId and state = 'OPEN'
                """).param("tenantId", tenantId).param("callId", callId).update();
    }

    public void setState(ChallengeRecord challenge, String state) {
        jdbc.sql("update phone_challenge set state = :state where tenant_id = :tenantId and id = :id")
                .param("tenantId", challenge.tenantId())
                .param("id", challenge.id())
                .param("state", state)
                .update();
    }

    /** Counts a wrong entry and ends the challenge ({@code FAILED}) when it reaches {@code maxTries}. */
    public int wrongTry(ChallengeRecord challenge, int maxTries) {
        var tries = challenge.wrongTries() + 1;
        jdbc.sql("""
                update phone_challenge set wrong_tries = :tries, state = :state
                where tenant_id = :tenantId and id = :id
                """)
                .param("tenantId", challenge.tenantId())
                .param("id", challenge.id())
                .param("tries", tries)
                .param("state", tries >= maxTries ? ChallengeRecord.FAILED : ChallengeRecord.OPEN)
                .update();
        return tries;
    }

    private ChallengeRecord map(ResultSet rs, int row) throws SQLException {
        return new ChallengeRecord(
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("id", UUID.class),
                rs.getObject("call_id", UUID.class),
                rs.getObject("agent_id", UUID.class),
                rs.getString("caller_e164"),
                VerificationChannel.valueOf(rs.getString("channel")),
                rs.getObject("destination_id", UUID.class),
                rs.getString("masked_destination"),
                rs.getString("code_hash"),
                read(rs, "created_at"),
                read(rs, "expires_at"),
                rs.getInt("wrong_tries"),
                rs.getString("state"),
                rs.getObject("message_id", UUID.class));
    }
}
