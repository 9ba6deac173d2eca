package org.helpline.requests;

import java.util.UUID;
import org.helpline.shared.Severity;

/**
 * A search of requests by {@code text} within a reader's {@link Scope}, with the list's filters
 * (null filters nothing) and the {@code size} matches from {@code offset} on.
 */
public record RequestQuery(
        Scope scope,
        String text,
        RequestStatus status,
        Severity severity,
        String serviceId,
        String language,
        int offset,
        int size) {

    /**
     * Which requests a reader may find: a tenant admin those of the tenant, an agent the provider's
     * requests of the support organisation, a partner agent those routed to the partner. Agents
     * also find words of internal notes; tenant admins never do.
     */
    public record Scope(Kind kind, String value) {

        /** What the scope's value names. */
        public enum Kind {
            TENANT,
            ORGANISATION,
            PARTNER
        }

        public static Scope tenant(UUID tenantId) {
            return new Scope(Kind.TENANT, tenantId.toString());
        }

        public static Scope organisation(String organisationId) {
            return new Scope(Kind.ORGANISATION, organisationId);
        }

        public static Scope partner(UUID partnerId) {
            return new Scope(Kind.PARTNER, partnerId.toString());
        }

        public boolean agent() {
            return kind != Kind.TENANT;
        }
    }
}
