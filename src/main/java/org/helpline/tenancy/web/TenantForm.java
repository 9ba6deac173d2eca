package org.helpline.tenancy.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.RegisteredEmail;
import org.helpline.tenancy.TenantProfile;
import org.helpline.tenancy.internal.ProfileChange;

/**
 * The tenant form: phones and e-mails one per input (a value holding several lines counts as
 * several), shown with empty inputs to add more, up to the ten a profile holds.
 */
class TenantForm {

    static final int MAX_CONTACTS = 10;

    private String name;
    private String domain;
    private String country;
    private String timeZone;
    private String language = "en";
    private Contract contract = Contract.STANDARD;
    private UUID partnerId;
    private List<String> phones = new ArrayList<>();
    private List<String> emails = new ArrayList<>();
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
        form.phones = new ArrayList<>(profile.phones().stream()
                .map(phone -> PhoneNumbers.international(phone.e164()))
                .toList());
        form.emails = new ArrayList<>(
                profile.emails().stream().map(RegisteredEmail::email).toList());
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

    /** The form as the page shows it: the values entered, then empty inputs up to two more. */
    TenantForm withEmptyInputs() {
        phones = withEmpty(phoneLines());
        emails = withEmpty(emailLines());
        return this;
    }

    private static List<String> withEmpty(List<String> values) {
        var shown = new ArrayList<>(values);
        while (shown.size() < Math.min(MAX_CONTACTS, values.size() + 2)) {
            shown.add("");
        }
        return shown;
    }

    private static List<String> lines(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.split("\\R")))
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

    public List<String> getPhones() {
        return phones;
    }

    public void setPhones(List<String> phones) {
        this.phones = phones;
    }

    public List<String> getEmails() {
        return emails;
    }

    public void setEmails(List<String> emails) {
        this.emails = emails;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
