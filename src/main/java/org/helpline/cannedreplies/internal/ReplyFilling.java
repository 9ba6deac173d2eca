package org.helpline.cannedreplies.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.helpline.cannedreplies.CannedReply;
import org.helpline.identity.Correspondent;
import org.helpline.identity.Correspondents;
import org.helpline.requests.RequestDetails;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.TenantManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fills a canned reply in for one request: the variant of the request's language (its contact's,
 * else the tenant's), and the placeholders with the request's values, the due time written in the
 * request's language and the requester's time zone (their own, else the tenant's).
 */
@Component
public class ReplyFilling {

    private final Correspondents users;
    private final TenantManagement tenants;
    private final MessageSource messages;

    ReplyFilling(Correspondents users, TenantManagement tenants, MessageSource messages) {
        this.users = users;
        this.tenants = tenants;
        this.messages = messages;
    }

    /** The request's language as pl, en or zh-CN. */
    public String language(ServiceRequest request) {
        var tag = request.contact().language();
        if (tag == null || tag.isBlank()) {
            tag = tenants.profile(request.tenantId()).language().toLanguageTag();
        }
        var lower = tag.toLowerCase(Locale.ROOT);
        return lower.startsWith("pl") ? "pl" : lower.startsWith("zh") ? "zh-CN" : "en";
    }

    public String text(CannedReply reply, RequestDetails details, HelplineUser agent) {
        var request = details.request();
        var language = language(request);
        var locale = Locale.forLanguageTag(language);
        var requester =
                request.contact().name() != null && !request.contact().name().isBlank()
                        ? request.contact().name()
                        : request.requester().name();
        return Placeholders.fill(
                reply.body(language),
                Map.of(
                        "requester", requester,
                        "number", request.number(),
                        "due", due(details.sla().summary().nearestDue(), request, locale),
                        "agent", agent.name()));
    }

    private String due(Instant at, ServiceRequest request, Locale locale) {
        if (at == null) {
            return messages.getMessage("cannedreplies.noDeadline", null, "-", locale);
        }
        var zone = zone(request);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(at)
                + " (" + zone.getId() + ")";
    }

    private ZoneId zone(ServiceRequest request) {
        var own = request.requester().id() == null
                ? null
                : users.find(request.requester().id()).map(Correspondent::zone).orElse(null);
        if (own != null && !own.isBlank()) {
            try {
                return ZoneId.of(own);
            } catch (DateTimeException unknownZone) {
                return tenants.profile(request.tenantId()).zone();
            }
        }
        return tenants.profile(request.tenantId()).zone();
    }
}
