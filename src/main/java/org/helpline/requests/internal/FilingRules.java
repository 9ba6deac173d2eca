package org.helpline.requests.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.helpline.identity.UserManagement;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.ContactMethod;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Role;
import org.helpline.shared.Severity;
import org.helpline.tenancy.EmailAddresses;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantProfile;

/** Who may file what and what a customer owes for severity A. */
final class FilingRules {

    private FilingRules() {}

    /**
     * The categories a tenant admin's roles file: a global admin all; a billing admin billing; a
     * service-support or helpdesk admin technical and advisory (how-to) requests.
     */
    static Set<RequestCategory> categoriesFor(Set<Role> roles) {
        var categories = EnumSet.noneOf(RequestCategory.class);
        if (roles.contains(Role.GLOBAL_ADMIN)) {
            return EnumSet.allOf(RequestCategory.class);
        }
        if (roles.contains(Role.BILLING_ADMIN)) {
            categories.add(RequestCategory.BILLING);
        }
        if (roles.contains(Role.SERVICE_SUPPORT_ADMIN) || roles.contains(Role.HELPDESK_ADMIN)) {
            categories.add(RequestCategory.TECHNICAL);
            categories.add(RequestCategory.ADVISORY);
        }
        return categories;
    }

    /**
     * The fields that break R-18 for a severity A request; empty when it may be filed. The admin
     * states the business impact and names a contact reachable 24x7 by phone.
     */
    static List<FieldProblem> severityADuties(Severity severity, ContactDetails contact, String businessImpact) {
        var problems = new ArrayList<FieldProblem>();
        if (severity != Severity.A) {
            return problems;
        }
        if (businessImpact == null || businessImpact.isBlank()) {
            problems.add(new FieldProblem("businessImpact", "is required for severity A (R-18)"));
        }
        if (contact.name() == null || contact.name().isBlank()) {
            problems.add(new FieldProblem("contact.name", "is required for severity A: name the contact (R-18)"));
        }
        if (!Boolean.TRUE.equals(contact.available24x7())) {
            problems.add(new FieldProblem(
                    "contact.available24x7", "must be true: severity A needs people available 24x7 (R-18)"));
        }
        if (contact.phone() == null || contact.phone().isBlank()) {
            problems.add(new FieldProblem("contact.phone", "is required for severity A (R-18)"));
        }
        return problems;
    }

    /** A phone is needed when the customer wants to be called. */
    static boolean phoneRequired(ContactDetails contact) {
        return contact.preferredMethod() == ContactMethod.PHONE;
    }

    /**
     * The contact details as stored: the name trimmed, the phone in E.164 read in the tenant's
     * country, the e-mail normalised, e-mail as the default method and the tenant's language as the
     * default language.
     */
    static ContactDetails checkedContact(ContactDetails contact, TenantProfile profile) {
        var name = Filing.blankToNull(contact.name());
        var phone = Filing.blankToNull(contact.phone());
        var method = contact.preferredMethod() == null ? ContactMethod.EMAIL : contact.preferredMethod();
        if (phone == null && method == ContactMethod.PHONE) {
            throw new InvalidInputException("contact.phone", "is required when the preferred contact method is PHONE");
        }
        var e164 = phone == null ? null : PhoneNumbers.toE164("contact.phone", phone, profile.country());
        var email = EmailAddresses.normalise("contact.email", contact.email());
        var language = Filing.blankToNull(contact.language()) == null
                ? profile.language().toLanguageTag()
                : contact.language();
        if (!UserManagement.LANGUAGES.contains(language)) {
            throw new InvalidInputException("contact.language", "must be one of pl, en, zh-CN");
        }
        return new ContactDetails(name, e164, email, method, language, Boolean.TRUE.equals(contact.available24x7()));
    }
}
