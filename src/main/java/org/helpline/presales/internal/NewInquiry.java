package org.helpline.presales.internal;

/**
 * A prospect's inquiry as typed into the page or sent to the API, not yet checked ({@link
 * InquiryRules} does). {@code topic} is the id of a PRESALES problem classification of the
 * organisation's catalog; {@code language} (pl, en or zh-CN) is the language of the confirmation
 * e-mail and of later e-mails about the request; {@code website} is the honeypot, a field people
 * never see and so leave empty.
 */
public record NewInquiry(
        String name,
        String company,
        String email,
        String phone,
        String country,
        String topic,
        String question,
        String language,
        String website) {

    /** Whether the honeypot was filled in, which only a program does. */
    public boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }
}
