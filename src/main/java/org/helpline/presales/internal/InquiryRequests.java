package org.helpline.presales.internal;

import org.helpline.requests.ContactDetails;
import org.helpline.requests.ContactMethod;
import org.helpline.requests.HandledBy;
import org.helpline.requests.OpenRequest;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/**
 * The request an inquiry files: PRESALES, severity C (the presales default: the policies of R-14
 * have B and C, and a prospect's question is not critical), handled by the organisation itself,
 * titled with the company and the question's first line, described by the question, and with the
 * prospect as the contact, to be answered by e-mail in the page's language.
 */
final class InquiryRequests {

    private static final int MAX_TITLE = 200;

    private InquiryRequests() {}

    static OpenRequest of(CheckedInquiry inquiry) {
        return new OpenRequest(
                RequestCategory.PRESALES,
                null,
                inquiry.topic(),
                title(inquiry),
                inquiry.question(),
                Severity.C,
                HandledBy.PROVIDER,
                new ContactDetails(
                        inquiry.name(),
                        inquiry.phoneE164(),
                        inquiry.email(),
                        ContactMethod.EMAIL,
                        inquiry.language(),
                        false),
                null);
    }

    static String title(CheckedInquiry inquiry) {
        var firstLine = inquiry.question()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst();
        var title = inquiry.company() + ": " + firstLine.orElse("");
        return title.length() <= MAX_TITLE
                ? title
                : title.substring(0, MAX_TITLE - 1).strip() + "…";
    }
}
