package org.helpline.tenancy.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.RegisteredEmail;
import org.helpline.tenancy.TenantProfile;
import org.helpline.tenancy.internal.ProfileChange;

/** The tenant form: phones and e-mails are typed one per line. */
class TenantForm {

    private String name;
    private String domain;
    private String country;
    private String timeZone;
    private String language = "en";
    private Contract contract = Contract.STANDARD;
    private UUID partnerId;
    private String phones;
    private String emails;
    private long version;

    static TenantForm of(TenantProfile profile) {
        var form = new TenantForm();
        form.name = profile.name();
        form.domain = profile.domain();
        form.country = profile.country();
        form.timeZone = profile.zone().getId();
        form.language = profile.language().toLanguageTag();
        form.contract = profile.contract();
        form.partnerId = profile.partner() == null ? null : profile.partner().id();
        form.phones = String.join(
                "\n",
                profile.phones().stream()
                        .map(phone -> PhoneNumbers.international(phone.e164()))
                        .toList());
        form.emails = String.join(
                "\n", profile.emails().stream().map(RegisteredEmail::email).toList());
        form.version = profile.version();
        return form;
    }

    NewTenant toNewTenant() {
        return new NewTenant(
                name, domain, country, timeZone, language, contract, partnerId, phoneLines(), emailLines());
    }

    ProfileChange toChange() {
        return new ProfileChange(
                name, country, timeZone, language, contract, partnerId, phoneLines(), emailLines(), version);
    }

    List<String> phoneLines() {
        return lines(phones);
    }

    List<String> emailLines() {
        return lines(emails);
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Contract getContract() {
        return contract;
    }

    public void setContract(Contract contract) {
        this.contract = contract;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(UUID partnerId) {
        this.partnerId = partnerId;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
