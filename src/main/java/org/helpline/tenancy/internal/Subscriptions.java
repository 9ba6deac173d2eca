package org.helpline.tenancy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.helpline.tenancy.Subscription;
import org.helpline.tenancy.SubscriptionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the subscriptions of tenants. */
@Repository
class Subscriptions {

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Subscription> findByTenant(UUID tenantId) {
        return jdbc.sql("""
                select id, offering, kind, licences, renewal_date, partner_id
                  from subscription
                 where tenant_id = :tenant
                 order by renewal_date, offering, id
                """).param("tenant", tenantId).query(this::map).list();
    }

    public void insert(UUID tenantId, Subscription subscription) {
        jdbc.sql("""
                insert into subscription (tenant_id, id, offering, kind, licences, renewal_date, partner_id, version)
                values (:tenant, :id, :offering, :kind, :licences, :renewalDate, :partner, 0)
                """)
                .param("tenant", tenantId)
                .param("id", subscription.id())
                .param("offering", subscription.offering())
                .param("kind", subscription.kind().name())
                .param("licences", subscription.licences())
                .param("renewalDate", subscription.renewalDate())
                .param("partner", subscription.partnerId())
                .update();
    }

    /** Whether a subscription of that tenant was deleted. */
    public boolean delete(UUID tenantId, UUID subscriptionId) {
        return jdbc.sql("delete from subscription where tenant_id = :tenant and id = :id")
                        .param("tenant", tenantId)
                        .param("id", subscriptionId)
                        .update()
                == 1;
    }

    private Subscription map(ResultSet rs, int row) throws SQLException {
        return new Subscription(
                rs.getObject("id", UUID.class),
                rs.getString("offering"),
                SubscriptionKind.valueOf(rs.getString("kind")),
                rs.getInt("licences"),
                rs.getObject("renewal_date", LocalDate.class),
                rs.getObject("partner_id", UUID.class));
    }
}
