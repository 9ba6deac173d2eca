package org.helpline.presales.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.helpline.presales.internal.NewInquiry;

/**
 * A prospect's inquiry over JSON. {@code organisation} is the support organisation's id (null: the
 * default); {@code topic} the id of a PRESALES problem classification; {@code language} pl, en or
 * zh-CN (null: the request's language); {@code website} must stay empty (the honeypot).
 */
record InquiryBody(
        @Schema(description = "Support organisation id, such as global or cn; the default when missing")
        String organisation,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120)
        String name,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
        String company,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 254)
        String email,

        @Schema(description = "Optional; national numbers are read in the country")
        String phone,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 3166 alpha-2, such as PL")
        String country,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "features-benefits, plan-comparison, pricing-licensing, find-partner, purchase or trial")
        String topic,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 5000)
        String question,

        @Schema(description = "pl, en or zh-CN: the language of the e-mails")
        String language,

        @Schema(description = "Leave empty: an inquiry with this field filled is dropped")
        String website) {

    NewInquiry inquiry(String fallbackLanguage) {
        return new NewInquiry(
                name,
                company,
                email,
                phone,
                country,
                topic,
                question,
                language == null || language.isBlank() ? fallbackLanguage : language,
                website);
    }
}
