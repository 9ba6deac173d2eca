package org.helpline.surveys.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpline.notify.Outbox;
import org.helpline.platform.ModuleEventListener;
import org.helpline.platform.PublicUrl;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.RequestStatusChanged;
import org.springframework.stereotype.Component;

/** Sends the survey when a request is first resolved, to the recipient {@link SurveyFacts} finds. */
@Component
class SurveySender {

    private final SurveyFacts facts;
    private final SurveyRows surveys;
    private final LinkSigner signer;
    private final Outbox outbox;
    private final SurveyProperties properties;
    private final PublicUrl publicUrl;
    private final Clock clock;

    SurveySender(
            SurveyFacts facts,
            SurveyRows surveys,
            LinkSigner signer,
            Outbox outbox,
            SurveyProperties properties,
            PublicUrl publicUrl,
            Clock clock) {
        this.facts = facts;
        this.surveys = surveys;
        this.signer = signer;
        this.outbox = outbox;
        this.properties = properties;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @ModuleEventListener
    void on(RequestStatusChanged event) {
        if (event.to() != RequestStatus.RESOLVED || surveys.exists(event.requestId())) {
            return;
        }
        var found = facts.resolved(event.requestId(), UUID.randomUUID(), clock.instant());
        if (found.isEmpty()) {
            return;
        }
        var resolved = found.get();
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
                        publicUrl.link("/surveys/" + signer.token(resolved.row().id())),
                        "days",
                        String.valueOf(properties.validity().toDays())));
    }

    private static Locale locale(String language) {
        var tag = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (tag.startsWith("pl")) {
            return Locale.forLanguageTag("pl");
        }
        return tag.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
