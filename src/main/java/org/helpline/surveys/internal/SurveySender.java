package org.helpline.surveys.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpline.notify.Outbox;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.RequestStatusChanged;
import org.helpline.surveys.SurveyProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the survey when a request is first resolved. The request is read straight from the
 * {@code service_request} table (read-only): the public service of {@code requests} answers only
 * to a signed-in user and this listener has none. The e-mail goes to the requester's login when
 * it is an address, else to the request's contact address.
 */
@Component
class SurveySender {

    private final JdbcClient jdbc;
    private final SurveyRows surveys;
    private final LinkSigner signer;
    private final Outbox outbox;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveySender(
            JdbcClient jdbc,
            SurveyRows surveys,
            LinkSigner signer,
            Outbox outbox,
            SurveyProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.signer = signer;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    private record Resolved(SurveyRow row, String language) {}

    @ApplicationModuleListener
    void on(RequestStatusChanged event) {
        if (event.to() != RequestStatus.RESOLVED || surveys.exists(event.requestId())) {
            return;
        }
        var resolved = resolved(event.requestId(), UUID.randomUUID());
        if (resolved == null) {
            return;
        }
        surveys.insert(resolved.row());
        var locale = locale(resolved.language());
        outbox.enqueueEmail(
                resolved.row().recipient(),
                locale,
                "surveys.mail.subject",
                "surveys/mail/survey",
                Map.of(
                        "number",
                        resolved.row().number(),
                        "title",
                        resolved.row().title(),
                        "link",
                        properties.baseUrl() + "/surveys/"
                                + signer.token(resolved.row().id()),
                        "days",
                        String.valueOf(properties.validity().toDays())));
    }

    private Resolved resolved(UUID requestId, UUID surveyId) {
        var now = clock.instant();
        return jdbc.sql("""
                select r.tenant_id, r.organisation_id, r.number, r.title, r.service_id, r.severity, r.assignee_id,
                       r.assignee_name, r.contact_email, r.contact_language, u.login, u.language, t.language
                from service_request r join tenant t on t.id = r.tenant_id
                     left join app_user u on u.id = r.requester_id
                where r.id = :id
                """)
                .param("id", requestId)
                .query((rs, n) -> {
                    var login = rs.getString(11);
                    var byLogin = login != null && login.indexOf('@') > 0;
                    var recipient = byLogin ? login : rs.getString(9);
                    var language = byLogin && rs.getString(12) != null
                            ? rs.getString(12)
                            : rs.getString(10) != null ? rs.getString(10) : rs.getString(13);
                    return new Resolved(
                            new SurveyRow(
                                    rs.getObject(1, UUID.class),
                                    surveyId,
                                    requestId,
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getObject(7, UUID.class),
                                    rs.getString(8),
                                    recipient,
                                    now,
                                    now.plus(properties.validity()),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null),
                            language);
                })
                .optional()
                .orElse(null);
    }

    private static Locale locale(String language) {
        var tag = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (tag.startsWith("pl")) {
            return Locale.forLanguageTag("pl");
        }
        return tag.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
