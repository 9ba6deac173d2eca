package org.helpline.mail.internal;

import java.util.LinkedHashMap;
import org.helpline.mail.internal.ReplyFacts.Target;
import org.helpline.notify.Outbox;
import org.helpline.notify.OutgoingMessage;
import org.helpline.platform.PublicUrl;
import org.springframework.stereotype.Component;

/** Tells the organisation admins, each in their language, about a reply by e-mail that was refused. */
@Component
class RefusalReports {

    static final String TEMPLATE = "mail/refused";

    private final ReplyFacts facts;
    private final Outbox outbox;
    private final PublicUrl publicUrl;

    RefusalReports(ReplyFacts facts, Outbox outbox, PublicUrl publicUrl) {
        this.facts = facts;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    void report(InboundMessage message, String reason, Target request) {
        var values = new LinkedHashMap<String, String>();
        values.put("sender", message.fromAddress());
        values.put("subject", message.subject());
        values.put("reason", reason);
        values.put("number", request.number());
        values.put("link", publicUrl.link("/workspace/requests/" + request.id()));
        values.put(OutgoingMessage.SUBJECT_PREFIX, ReplyAddresses.subjectPrefix(request.number(), null));
        values.put(OutgoingMessage.subjectArgument(0), message.fromAddress());
        for (var admin : facts.organisationAdmins(request.organisationId())) {
            var locale = Recipients.locale(admin.language(), admin.organisationLanguage());
            outbox.enqueueEmail(admin.address(), locale, "mail.refused.subject", TEMPLATE, values);
        }
    }
}
