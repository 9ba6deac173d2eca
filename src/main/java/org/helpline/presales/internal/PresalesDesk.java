package org.helpline.presales.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.AuditTrail;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.ProblemClassification;
import org.helpline.presales.PresalesProperties;
import org.helpline.requests.Channel;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.Requester;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.helpline.tenancy.SupportOrganisation;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives prospects' inquiries from the page and the API. An inquiry with the honeypot
 * filled is dropped without a trace; any other is checked, then, in one transaction, counted
 * against the limits per e-mail address and per client address (under row locks, so concurrent
 * inquiries and nodes count each other), and filed through {@link RequestManagement} as a PRESALES
 * request of severity C under the organisation's prospects tenant, with the prospect as requester
 * and contact. The request's "received" e-mail is the confirmation; it goes to the prospect in the
 * language of the page. The audit entry is written once the inquiry committed.
 */
@Service
public class PresalesDesk {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final TenantManagement tenancy;
    private final Catalog catalog;
    private final RequestManagement requests;
    private final ProspectsTenants prospectsTenants;
    private final Prospects prospects;
    private final Inquiries inquiries;
    private final InquiryLimits limits;
    private final AuditTrail audit;
    private final PresalesProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PresalesDesk(
            TenantManagement tenancy,
            Catalog catalog,
            RequestManagement requests,
            ProspectsTenants prospectsTenants,
            Prospects prospects,
            Inquiries inquiries,
            InquiryLimits limits,
            AuditTrail audit,
            PresalesProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.tenancy = tenancy;
        this.catalog = catalog;
        this.requests = requests;
        this.prospectsTenants = prospectsTenants;
        this.prospects = prospects;
        this.inquiries = inquiries;
        this.limits = limits;
        this.audit = audit;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * The organisation with this id; with none (null or blank), the configured default, else the
     * provider, else the first. Empty for an id no organisation has.
     */
    public Optional<SupportOrganisation> organisation(String id) {
        var all = tenancy.organisations();
        if (id != null && !id.isBlank()) {
            return all.stream().filter(found -> found.id().equals(id.strip())).findFirst();
        }
        var configured = properties.organisation();
        return all.stream()
                .filter(found -> configured.isBlank()
                        ? "PROVIDER".equals(found.kind())
                        : found.id().equals(configured))
                .findFirst()
                .or(() -> all.stream().findFirst());
    }

    /** The topics a prospect chooses from: the PRESALES classifications of the organisation's catalog. */
    public List<ProblemClassification> topics(String organisationId, Locale locale) {
        return catalog.classifications(organisationId, RequestCategory.PRESALES, null, locale);
    }

    /**
     * Files the inquiry for the organisation with id {@code organisationId} (null: the default)
     * from {@code clientAddress}. With an idempotency key, a retry from the same e-mail address
     * answers the first inquiry's reference and files nothing.
     *
     * @throws InvalidInputException naming every broken field
     * @throws TooManyInquiriesException when the address or the client sent too many already
     */
    public Received receive(
            String organisationId, NewInquiry inquiry, Channel channel, String clientAddress, String idempotencyKey) {
        if (inquiry.honeypotFilled()) {
            return Received.discarded();
        }
        var organisation = organisation(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisation", "is not a support organisation"));
        var topics = topics(organisation.id(), Locale.ENGLISH).stream()
                .map(ProblemClassification::id)
                .collect(Collectors.toSet());
        var checked = InquiryRules.check(inquiry, Set.copyOf(topics));
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
        var client = InquiryLimits.client(clientAddress);
        var filed = transactions.execute(status -> file(organisation.id(), checked, channel, client, idempotencyKey));
        if (filed.outcome() == Received.Outcome.RECEIVED) {
            audit.recordAnonymous(
                    new AuditEntry.Subject(null, checked.email(), organisation.id(), filed.tenantId()),
                    "presales.inquiry.received",
                    AuditDetails.of("request", filed.reference())
                            .and("classification", checked.topic())
                            .and("country", checked.country())
                            .and("channel", channel));
        }
        return new Received(filed.outcome(), filed.reference());
    }

    private record Stored(Received.Outcome outcome, String reference, UUID tenantId) {}

    private Stored file(String organisationId, CheckedInquiry inquiry, Channel channel, String client, String key) {
        var now = clock.instant();
        limits.lockAddress(inquiry.email());
        if (key != null) {
            var first = inquiries.findByKey(inquiry.email(), key);
            if (first.isPresent()) {
                return new Stored(
                        Received.Outcome.REPEATED,
                        first.get().requestNumber(),
                        first.get().tenantId());
            }
        }
        limits.check(inquiry.email(), client);
        var tenantId = prospectsTenants.of(organisationId);
        var prospectId = prospects.save(organisationId, inquiry, now);
        var filed = requests.openForProspect(
                tenantId, new Requester(prospectId, inquiry.name(), false), InquiryRequests.of(inquiry), channel);
        var request = filed.request();
        inquiries.insert(new Inquiry(
                UUID.randomUUID(),
                organisationId,
                prospectId,
                tenantId,
                request.id(),
                request.number(),
                inquiry.topic(),
                inquiry.email(),
                client,
                key,
                now));
        return new Stored(Received.Outcome.RECEIVED, request.number(), tenantId);
    }
}
