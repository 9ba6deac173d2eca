package org.helpline.presales.internal;

/** An inquiry that passed {@link InquiryRules}: trimmed text, a lower-cased e-mail, the phone in E.164 or null. */
record CheckedInquiry(
        String name,
        String company,
        String email,
        String phoneE164,
        String country,
        String topic,
        String question,
        String language) {}
