package org.helpline.notify.internal;

import java.util.Locale;

/**
 * What kind of message a stored one is, as a word a person reads ({@code verification-code},
 * {@code request-filed}, {@code sla-breached}), told by its subject key or template; a message of a
 * kind not named here is known by its template. The page labels each kind as
 * {@code notify.kind.<kind>}.
 */
final class MessageKinds {

    private static final String REQUEST_SUBJECT = "mail.subject.";
    private static final String ALERT_SUBJECT = "alerts.mail.subject.";

    private MessageKinds() {}

    static String of(String template, String subjectKey) {
        if (template.endsWith("/verification-code")) {
            return "verification-code";
        }
        if (subjectKey == null) {
            return template;
        }
        if (subjectKey.startsWith(REQUEST_SUBJECT)) {
            return "request-" + word(subjectKey.substring(REQUEST_SUBJECT.length()));
        }
        if (subjectKey.startsWith(ALERT_SUBJECT)) {
            return "sla-" + word(subjectKey.substring(ALERT_SUBJECT.length()));
        }
        return switch (subjectKey) {
            case "mail.refused.subject" -> "refused-reply";
            case "surveys.mail.subject" -> "survey";
            case "identity.mail.invitation.subject" -> "invitation";
            default -> template;
        };
    }

    private static String word(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
