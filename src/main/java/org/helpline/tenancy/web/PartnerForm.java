package org.helpline.tenancy.web;

import org.helpline.tenancy.NewPartner;

/** The form that registers a partner. */
class PartnerForm {

    private String name;
    private String phone;
    private String email;
    private String website;

    NewPartner toCommand() {
        return new NewPartner(name, phone, email, website);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
