package org.helpline.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.platform.DeferredInserts;
import org.helpline.platform.TransactionMemo;
import org.helpline.requests.Channel;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.ContactMethod;
import org.helpline.requests.HandledBy;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.Requester;
import org.helpline.requests.Routing;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.SlaSummary;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The service_request table. Every read for a person goes through a {@link Viewer}; updates check
 * and bump version. Its deadlines are sla's; the row keeps only the queue's order ({@code
 * queue_due_at}, {@code queue_risk_at}), which {@link RequestQueue} reads.
 */
@Repository
class ServiceRequests {

    static final String COLUMNS = """
            r.tenant_id, r.id, r.organisation_id, r.number, r.tenant_name, r.category, r.service_id,
            r.classification_id, r.title, r.description_html, r.business_impact, r.severity, r.status, r.handled_by, r.partner_id,
            r.partner_name, r.channel, r.requester_id, r.requester_name, r.on_behalf, r.contact_name,
            r.contact_phone, r.contact_email, r.preferred_method, r.contact_language, r.available_24x7, r.assignee_id, r.assignee_name,
            r.received_at, r.first_response_at, r.resolved_at, r.updated_at, r.version
            """;

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    /**
     * The requests this transaction filed, as stored: the e-mails and the dashboard row of a new
     * request are written in the transaction that files it, and read it back.
     */
    private final TransactionMemo<UUID, ServiceRequest> filedInThisTransaction = new TransactionMemo<>();

    ServiceRequests(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** A new request, placed in the agents' queue by the deadlines its clocks started with. */
    void insert(ServiceRequest request, String descriptionMarkdown, SlaSummary sla) {
        insertRow(request, descriptionMarkdown, sla);
        filedInThisTransaction.put(request.id(), request);
    }

    private void insertRow(ServiceRequest request, String descriptionMarkdown, SlaSummary sla) {
        var contact = request.contact();
        inserts.insert(
                """
                insert into service_request (tenant_id, id, organisation_id, number, tenant_name, category, service_id,
                    classification_id, title, description_markdown, description_html, business_impact, severity, status, handled_by,
                    partner_id, partner_name, channel, requester_id, requester_name, on_behalf, contact_name,
                    contact_phone, contact_email, preferred_method, contact_language, available_24x7, received_at, queue_due_at,
                    queue_risk_at, updated_at, version)
                values (:tenant, :id, :organisation, :number, :tenantName, :category, :service, :classification, :title,
                    :markdown, :html, :impact, :severity, :status, :handledBy, :partner, :partnerName, :channel, :requester,
                    :requesterName, :onBehalf, :contactName, :phone, :email, :method, :language, :available, :received, :dueAt,
                    :riskAt, :received, 0)
                """,
                new MapSqlParameterSource()
                        .addValue("tenant", request.tenantId())
                        .addValue("id", request.id())
                        .addValue("organisation", request.organisationId())
                        .addValue("number", request.number())
                        .addValue("tenantName", request.tenantName())
                        .addValue("category", request.category().name())
                        .addValue("service", request.serviceId())
                        .addValue("classification", request.problemClassification())
                        .addValue("title", request.title())
                        .addValue("markdown", descriptionMarkdown)
                        .addValue("html", request.descriptionHtml())
                        .addValue("impact", request.businessImpact())
                        .addValue("severity", request.severity().name())
                        .addValue("status", request.status().name())
                        .addValue("handledBy", request.routing().handledBy().name())
                        .addValue("partner", request.routing().partnerId())
                        .addValue("partnerName", request.routing().partnerName())
                        .addValue("channel", request.channel().name())
                        .addValue("requester", request.requester().id())
                        .addValue("requesterName", request.requester().name())
                        .addValue("onBehalf", request.requester().onBehalf())
                        .addValue("contactName", contact.name())
                        .addValue("phone", contact.phone())
                        .addValue("email", contact.email())
                        .addValue("method", contact.preferredMethod().name())
                        .addValue("language", contact.language())
                        .addValue("available", contact.available24x7())
                        .addValue("received", timestamp(request.receivedAt()))
                        .addValue("dueAt", timestamp(sla.nearestDue()))
                        .addValue("riskAt", timestamp(sla.atRiskFrom())));
    }

    /** The request if the viewer may see it; otherwise empty, exactly as if it did not exist. */
    Optional<ServiceRequest> find(Viewer viewer, UUID id) {
        return viewer.bind(jdbc.sql(
                        "select " + COLUMNS + " from service_request r where r.id = :id and " + viewer.clause()))
                .param("id", id)
                .query(ServiceRequests::map)
                .optional();
    }

    /** Those of {@code ids} that the viewer may see, in no particular order. */
    List<ServiceRequest> among(Viewer viewer, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return viewer.bind(jdbc.sql(
                        "select " + COLUMNS + " from service_request r where r.id in (:ids) and " + viewer.clause()))
                .param("ids", List.copyOf(ids))
                .query(ServiceRequests::map)
                .list();
    }

    /** For event handlers, which act for Helpline itself rather than for a person. */
    Optional<ServiceRequest> findForSystem(UUID id) {
        var filed = filedInThisTransaction.get(id);
        if (filed.isPresent()) {
            return filed;
        }
        return jdbc.sql("select " + COLUMNS + " from service_request r where r.id = :id")
                .param("id", id)
                .query(ServiceRequests::map)
                .optional();
    }

    /** For event handlers and jobs: the requests with this number (at most one per numbering prefix). */
    List<ServiceRequest> findForSystemByNumber(String number) {
        return jdbc.sql("select " + COLUMNS + " from service_request r where r.number = :number")
                .param("number", number)
                .query(ServiceRequests::map)
                .list();
    }

    List<ServiceRequest> page(Viewer viewer, RequestStatus status, int offset, int limit) {
        return viewer.bind(jdbc.sql("select " + COLUMNS + " from service_request r where " + listFilter(viewer, status)
                        + " order by r.received_at desc, r.id desc offset :offset rows fetch next :limit rows only"))
                .param("status", status == null ? null : status.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(ServiceRequests::map)
                .list();
    }

    /** The newest requests of one tenant that the viewer may see (the phone console's account view). */
    List<ServiceRequest> recentOfTenant(Viewer viewer, UUID tenantId, int limit) {
        return viewer.bind(jdbc.sql("select " + COLUMNS + " from service_request r where r.tenant_id = :tenant and "
                        + viewer.clause() + " order by r.received_at desc, r.id desc fetch next :limit rows only"))
                .param("tenant", tenantId)
                .param("limit", limit)
                .query(ServiceRequests::map)
                .list();
    }

    /** The tenant of the request with this number, when the viewer may see it. */
    Optional<UUID> tenantOfNumber(Viewer viewer, String number) {
        return viewer.bind(jdbc.sql(
                        "select r.tenant_id from service_request r where r.number = :number and " + viewer.clause()))
                .param("number", number)
                .query(UUID.class)
                .optional();
    }

    long count(Viewer viewer, RequestStatus status) {
        return viewer.bind(jdbc.sql("select count(*) from service_request r where " + listFilter(viewer, status)))
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    /**
     * Writes the changing columns, and the queue order that {@code sla} gives, if the row still has
     * {@code version}; false when someone else changed it.
     */
    boolean update(UUID tenantId, UUID id, long version, RequestState state, SlaSummary sla, Instant now) {
        filedInThisTransaction.forget(id);
        return jdbc.sql("""
                update service_request set severity = :severity, status = :status, assignee_id = :assignee,
                    assignee_name = :assigneeName, first_response_at = :firstAt, queue_due_at = :dueAt,
                    queue_risk_at = :riskAt, resolved_at = :resolvedAt, updated_at = :now, version = version + 1
                where tenant_id = :tenant and id = :id and version = :version
                """)
                        .param("severity", state.severity().name())
                        .param("status", state.status().name())
                        .param("assignee", state.assigneeId())
                        .param("assigneeName", state.assigneeName())
                        .param("firstAt", timestamp(state.firstResponseAt()))
                        .param("dueAt", timestamp(sla.nearestDue()))
                        .param("riskAt", timestamp(sla.atRiskFrom()))
                        .param("resolvedAt", timestamp(state.resolvedAt()))
                        .param("now", timestamp(now))
                        .param("tenant", tenantId)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static String listFilter(Viewer viewer, RequestStatus status) {
        return viewer.clause() + (status == null ? "" : " and r.status = :status");
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static ServiceRequest map(ResultSet rs, int row) throws SQLException {
        var contact = new ContactDetails(
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("contact_email"),
                ContactMethod.valueOf(rs.getString("preferred_method")),
                rs.getString("contact_language"),
                rs.getBoolean("available_24x7"));
        return new ServiceRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("tenant_name"),
                rs.getString("organisation_id"),
                rs.getString("number"),
                RequestCategory.valueOf(rs.getString("category")),
                rs.getString("service_id"),
                rs.getString("classification_id"),
                rs.getString("title"),
                rs.getString("description_html"),
                rs.getString("business_impact"),
                Severity.valueOf(rs.getString("severity")),
                RequestStatus.valueOf(rs.getString("status")),
                new Routing(
                        HandledBy.valueOf(rs.getString("handled_by")),
                        rs.getObject("partner_id", UUID.class),
                        rs.getString("partner_name")),
                Channel.valueOf(rs.getString("channel")),
                new Requester(
                        rs.getObject("requester_id", UUID.class),
                        rs.getString("requester_name"),
                        rs.getBoolean("on_behalf")),
                contact,
                rs.getObject("assignee_id", UUID.class),
                rs.getString("assignee_name"),
                instant(rs, "received_at"),
                instant(rs, "first_response_at"),
                instant(rs, "resolved_at"),
                instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
