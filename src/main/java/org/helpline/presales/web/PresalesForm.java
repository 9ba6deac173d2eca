package org.helpline.presales.web;

import org.helpline.presales.internal.NewInquiry;

/**
 * The fields of the presales page. {@code organisation} comes from {@code ?org=} and is carried in a
 * hidden field; {@code website} is the honeypot, hidden from people by a CSS class and skipped by
 * the keyboard, so only a program fills it in.
 */
public class PresalesForm {

    private String organisation;
    private String name;
    private String company;
    private String email;
    private String phone;
    private String country;
    private String topic;
    private String question;
    private String website;

    NewInquiry inquiry(String language) {
        return new NewInquiry(name, company, email, phone, country, topic, question, language, website);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
