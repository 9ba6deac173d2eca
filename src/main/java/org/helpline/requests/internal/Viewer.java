package org.helpline.requests.internal;

import java.util.Optional;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone who may read requests, and which ones (tenant isolation): a tenant admin those of their
 * tenant, an agent or supervisor those of their support organisation handled by the provider, a
 * partner agent those routed to their partner. Every query of requests adds {@link #clause()}.
 */
record Viewer(
        UUID userId, String name, Side side, UUID tenantId, String organisationId, UUID partnerId, boolean supervisor) {

    /** Which side of the desk the viewer sits on. */
    enum Side {
        CUSTOMER,
        AGENT,
        PARTNER_AGENT
    }

    /** The viewer a user is, or empty when their roles see no requests at all (users, organisation admins). */
    static Optional<Viewer> of(HelplineUser user) {
        if (user.isTenantAdmin() && user.tenantId().isPresent()) {
            return Optional.of(viewer(user, Side.CUSTOMER));
        }
        if (user.tenantId().isEmpty()
                && user.partnerId().isEmpty()
                && (user.has(Role.AGENT) || user.has(Role.SUPERVISOR))) {
            return Optional.of(viewer(user, Side.AGENT));
        }
        if (user.has(Role.PARTNER_AGENT) && user.partnerId().isPresent()) {
            return Optional.of(viewer(user, Side.PARTNER_AGENT));
        }
        return Optional.empty();
    }

    private static Viewer viewer(HelplineUser user, Side side) {
        return new Viewer(
                user.id(),
                user.name(),
                side,
                user.tenantId().orElse(null),
                user.organisationId(),
                user.partnerId().orElse(null),
                user.has(Role.SUPERVISOR));
    }

    /** Agents of either kind handle requests; customers file them. */
    boolean isAgent() {
        return side != Side.CUSTOMER;
    }

    /** The condition on {@code service_request r} that keeps only what this viewer may see. */
    String clause() {
        return switch (side) {
            case CUSTOMER -> "r.tenant_id = :viewerTenant";
            case AGENT -> "r.organisation_id = :viewerOrganisation and r.handled_by = 'PROVIDER'";
            case PARTNER_AGENT -> "r.partner_id = :viewerPartner and r.handled_by = 'PARTNER'";
        };
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return switch (side) {
            case CUSTOMER -> statement.param("viewerTenant", tenantId);
            case AGENT -> statement.param("viewerOrganisation", organisationId);
            case PARTNER_AGENT -> statement.param("viewerPartner", partnerId);
        };
    }
}
