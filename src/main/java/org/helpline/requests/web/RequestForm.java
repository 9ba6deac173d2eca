package org.helpline.requests.web;

import org.helpline.requests.ContactDetails;
import org.helpline.requests.ContactMethod;
import org.helpline.requests.HandledBy;
import org.helpline.requests.OpenRequest;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/**
 * The fields of the "New service request" form, bound from the page and shown again with errors;
 * the phone module's call console files with it too.
 */
@org.springframework.modulith.NamedInterface("forms")
public class RequestForm {

    private HandledBy routeTo = HandledBy.PROVIDER;
    private RequestCategory category;
    private String serviceId;
    private String problemClassification;
    private String title;
    private String description;
    private Severity severity;
    private String contactName;
    private String phone;
    private String email;
    private ContactMethod preferredMethod = ContactMethod.EMAIL;
    private String language;
    private boolean available24x7;
    private String businessImpact;

    public OpenRequest toCommand() {
        return new OpenRequest(
                category,
                serviceId,
                problemClassification,
                title,
                description,
                severity,
                routeTo,
                new ContactDetails(contactName, phone, email, preferredMethod, language, available24x7),
                businessImpact);
    }

    public HandledBy getRouteTo() {
        return routeTo;
    }

    /** A form posted without a route (or with a blank one) goes to the provider, as a new form does. */
    public void setRouteTo(HandledBy routeTo) {
        this.routeTo = routeTo == null ? HandledBy.PROVIDER : routeTo;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public void setCategory(RequestCategory category) {
        this.category = category;
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public String getProblemClassification() {
        return problemClassification;
    }

    public void setProblemClassification(String problemClassification) {
        this.problemClassification = problemClassification;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ContactMethod getPreferredMethod() {
        return preferredMethod;
    }

    public void setPreferredMethod(ContactMethod preferredMethod) {
        this.preferredMethod = preferredMethod;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getBusinessImpact() {
        return businessImpact;
    }

    public void setBusinessImpact(String businessImpact) {
        this.businessImpact = businessImpact;
    }

    public boolean isAvailable24x7() {
        return available24x7;
    }

    public void setAvailable24x7(boolean available24x7) {
        this.available24x7 = available24x7;
    }
}
