package org.helpline.mail.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reply tokens: 16 random characters of {@code a-z2-7} (80 bits), one per request and recipient
 * address, stored with what they were issued for. Nothing is derived from a key, so a token cannot
 * be forged or altered into another valid one, only guessed; a token found nowhere is refused.
 */
@Repository
class ReplyTokens {

    static final Pattern SHAPE = Pattern.compile("[a-z2-7]{16}");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    /** What a token was issued for. */
    record Issued(String token, UUID tenantId, UUID requestId, String address) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ReplyTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The token of this request and address, issued now if there is none yet. */
    String tokenFor(UUID tenantId, UUID requestId, String address) {
        var normalized = address.strip().toLowerCase(Locale.ROOT);
        var existing = jdbc.sql("""
                select token from mail_reply_token where request_id = :request and address = :address
                order by created_at fetch first 1 rows only
                """)
                .param("request", requestId)
                .param("address", normalized)
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var token = fresh();
        jdbc.sql("""
                insert into mail_reply_token (token, tenant_id, request_id, address, created_at)
                values (:token, :tenant, :request, :address, :at)
                """)
                .param("token", token)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("address", normalized)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return token;
    }

    Optional<Issued> find(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select token, tenant_id, request_id, address from mail_reply_token where token = :token")
                .param("token", token)
                .query((rs, n) -> new Issued(
                        rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4)))
                .optional();
    }

    private String fresh() {
        var chars = new char[16];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
