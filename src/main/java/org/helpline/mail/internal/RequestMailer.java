package org.helpline.mail.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpline.mail.MailProperties;
import org.helpline.mail.RequestMailKind;
import org.helpline.mail.internal.RequestFacts.Copied;
import org.helpline.mail.internal.RequestFacts.RequestMailFacts;
import org.helpline.notify.DeliveryChannel;
import org.helpline.notify.Outbox;
import org.helpline.notify.OutgoingMessage;
import org.helpline.platform.HistoryWriting;
import org.helpline.platform.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * Writes one e-mail per recipient of a request event into the outbox: the request's contact
 * address always, then each tenant admin who keeps that kind on, then the people in copy (the
 * tenant's colleagues and the support side's watchers; nobody is in copy of a request being
 * filed, so filing does not look), once per address. The link to the
 * request is left out of the contact's e-mails when a prospect filed it, who has no account. Each subject
 * starts with the request number; when replies by e-mail are on ({@code helpline.mail.reply-address}),
 * with the recipient's reply token too, which is also in the Reply-To address.
 */
@Component
class RequestMailer {

    static final String TEMPLATE = "mail/request";

    private final RequestFacts facts;
    private final Outbox outbox;
    private final MailProperties properties;
    private final ReplyTokens tokens;
    private final PublicUrl publicUrl;

    RequestMailer(
            RequestFacts facts, Outbox outbox, MailProperties properties, ReplyTokens tokens, PublicUrl publicUrl) {
        this.facts = facts;
        this.outbox = outbox;
        this.properties = properties;
        this.tokens = tokens;
        this.publicUrl = publicUrl;
    }

    /** {@code extra} holds the event's own values (text, from, to); none may be null. */
    void send(UUID requestId, RequestMailKind kind, Map<String, String> extra) {
        send(requestId, kind, extra, null);
    }

    /** Like {@link #send(UUID, RequestMailKind, Map)}, telling when the first response is due (null: not told). */
    void send(UUID requestId, RequestMailKind kind, Map<String, String> extra, Instant firstResponseDue) {
        if (HistoryWriting.inProgress()) {
            return;
        }
        var request = facts.request(requestId).orElse(null);
        if (request == null) {
            return;
        }
        var sent = new HashSet<String>();
        sent.add(request.contactEmail().toLowerCase(Locale.ROOT));
        var mails = new ArrayList<OutgoingMessage>();
        mails.add(mail(
                request,
                kind,
                extra,
                firstResponseDue,
                request.contactEmail(),
                Recipients.locale(request.contactLanguage(), request.tenantLanguage()),
                Recipients.zone(null, request.tenantZone()),
                request.filedByUser() ? customerLink(request) : null));
        for (var admin : facts.admins(request.tenantId(), kind)) {
            if (sent.add(admin.address().toLowerCase(Locale.ROOT))) {
                mails.add(mail(
                        request,
                        kind,
                        extra,
                        firstResponseDue,
                        admin.address(),
                        Recipients.locale(admin.language(), request.tenantLanguage()),
                        Recipients.zone(admin.zone(), request.tenantZone()),
                        customerLink(request)));
            }
        }
        var copies = kind == RequestMailKind.FILED ? List.<Copied>of() : facts.copied(request.tenantId(), request.id());
        for (var copied : copies) {
            if (sent.add(copied.address().toLowerCase(Locale.ROOT))) {
                mails.add(mail(
                        request,
                        kind,
                        extra,
                        firstResponseDue,
                        copied.address(),
                        Recipients.locale(copied.language(), request.tenantLanguage()),
                        Recipients.zone(copied.zone(), request.tenantZone()),
                        copiedLink(request, copied)));
            }
        }
        outbox.enqueueAll(mails);
    }

    private OutgoingMessage mail(
            RequestMailFacts request,
            RequestMailKind kind,
            Map<String, String> extra,
            Instant firstResponseDue,
            String to,
            Locale locale,
            ZoneId zone,
            String linkPath) {
        var values = new LinkedHashMap<String, String>();
        values.put("kind", kind.name());
        values.put("number", request.number());
        values.put("title", request.title());
        values.put("severity", request.severity());
        values.put("due", format(firstResponseDue, locale, zone));
        values.put("link", linkPath == null ? "" : publicUrl.link(linkPath));
        values.putAll(extra);
        String token = null;
        if (properties.repliesByMail()) {
            token = tokens.tokenFor(request.tenantId(), request.id(), to);
            values.put(OutgoingMessage.REPLY_TO, new ReplyAddresses(properties.replyAddress()).replyTo(token));
            values.put("replies", "true");
        }
        values.put(OutgoingMessage.SUBJECT_PREFIX, ReplyAddresses.subjectPrefix(request.number(), token));
        return new OutgoingMessage(
                DeliveryChannel.EMAIL, to, locale, TEMPLATE, "mail.subject." + kind.name(), values, Map.of(), null);
    }

    private static String customerLink(RequestMailFacts request) {
        return "/requests/" + request.id();
    }

    /** A watcher opens the agents' view; a copied tenant user only an admin's page, which other users cannot. */
    private static String copiedLink(RequestMailFacts request, Copied copied) {
        if (copied.staff()) {
            return "/workspace/requests/" + request.id();
        }
        return copied.tenantAdmin() ? customerLink(request) : null;
    }

    static String format(Instant at, Locale locale, ZoneId zone) {
        if (at == null) {
            return "";
        }
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        return formatter.format(at) + " (" + zone.getId() + ")";
    }
}
