package org.helpline.phone.internal;

import java.util.Locale;

/** What a limit on verification codes counts: a tenant's codes, a caller number's, or an agent's. */
enum SendScope {
    TENANT("select count(*) from phone_challenge where tenant_id = :subject and created_at > :since"),
    CALLER("select count(*) from phone_challenge where caller_e164 = :subject and created_at > :since"),
    AGENT("select count(*) from phone_challenge where agent_id = :subject and created_at > :since");

    private final String countSql;

    SendScope(String countSql) {
        this.countSql = countSql;
    }

    String countSql() {
        return countSql;
    }

    /** The name of the limit in problem details: {@code tenant}, {@code caller} or {@code agent}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
