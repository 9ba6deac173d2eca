package org.helpline.tenancy.web;

import java.time.LocalDate;
import java.util.UUID;
import org.helpline.tenancy.NewSubscription;
import org.helpline.tenancy.SubscriptionKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that adds a subscription on a tenant's page. */
class SubscriptionForm {

    private String offering;
    private SubscriptionKind kind = SubscriptionKind.PAID;
    private Integer licences;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate renewalDate;

    private UUID partnerId;

    NewSubscription toCommand() {
        return new NewSubscription(offering, kind, licences == null ? 0 : licences, renewalDate, partnerId);
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }

    public SubscriptionKind getKind() {
        return kind;
    }

    public void setKind(SubscriptionKind kind) {
        this.kind = kind;
    }

    public Integer getLicences() {
        return licences;
    }

    public void setLicences(Integer licences) {
        this.licences = licences;
    }

    public LocalDate getRenewalDate() {
        return renewalDate;
    }

    public void setRenewalDate(LocalDate renewalDate) {
        this.renewalDate = renewalDate;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(UUID partnerId) {
        this.partnerId = partnerId;
    }
}
