package org.helpline.support.api;

import java.util.List;
import java.util.UUID;
import org.helpline.identity.AdminContact;
import org.helpline.shared.HelplineUser;
import org.helpline.support.SupportDesk;
import org.helpline.tenancy.PhoneNumbers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/support}: the Support home of a tenant admin. Anyone else gets the 403 problem
 * detail of R-1 with self-help, community and own-admin hints.
 */
@RestController
@RequestMapping("/api/v1/support")
class SupportRestController {

    private final SupportDesk desk;

    SupportRestController(SupportDesk desk) {
        this.desk = desk;
    }

    record Phone(String e164, String display, String label) {}

    record PartnerView(UUID id, String name, String phone, String email, String website) {}

    record Profile(
            UUID tenantId,
            String name,
            String domain,
            String country,
            String timeZone,
            String language,
            String contract,
            List<Phone> phones,
            List<String> emails,
            PartnerView partnerOfRecord) {}

    record Home(Profile profile, List<AdminContact> admins) {}

    @GetMapping
    Home home(@AuthenticationPrincipal HelplineUser me) {
        var home = desk.home(me);
        var profile = home.profile();
        var phones = profile.phones().stream()
                .map(phone -> new Phone(phone.e164(), PhoneNumbers.international(phone.e164()), phone.label()))
                .toList();
        var emails = profile.emails().stream().map(email -> email.email()).toList();
        var partner = profile.partner() == null
                ? null
                : new PartnerView(
                        profile.partner().id(),
                        profile.partner().name(),
                        profile.partner().phoneE164(),
                        profile.partner().email(),
                        profile.partner().website());
        return new Home(
                new Profile(
                        profile.id(),
                        profile.name(),
                        profile.domain(),
                        profile.country(),
                        profile.zone().getId(),
                        profile.language().toLanguageTag(),
                        profile.contract().name(),
                        phones,
                        emails,
                        partner),
                home.admins());
    }
}
