package org.helpline.contact.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpline.contact.internal.ContactManagement;
import org.helpline.contact.internal.ContactOption;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantProfile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/contact-options?category=}: for a tenant admin, who handles the category (the
 * partner of record first, R-6), the categories this admin may file (intake's own rule, R-2) and
 * the severities the tenant's contract allows in them, the support hours of the category, and the
 * expected wait per contact method (each stored).
 */
@RestController
class ContactOptionsRestController {

    private final ContactManagement contact;
    private final WaitWordsRenderer renderer;

    ContactOptionsRestController(ContactManagement contact, WaitWordsRenderer renderer) {
        this.contact = contact;
        this.renderer = renderer;
    }

    record Handler(String kind, UUID id, String name, String phone, String email, String website) {}

    record SupportHours(String calendar, String zone, boolean aroundTheClock, Map<String, List<String>> hours) {}

    record Options(
            String category,
            List<Handler> handledBy,
            List<String> categories,
            List<String> severities,
            SupportHours supportHours,
            Map<String, WaitTimeResponse> expectedWait) {}

    @GetMapping("/api/v1/contact-options")
    Options options(
            @AuthenticationPrincipal HelplineUser me, @RequestParam(required = false) String category, Locale locale) {
        var profile = contact.assistedProfile(me);
        var chosen = category(category);
        var mayFile = contact.categoriesToFile(me);
        var categories = Arrays.stream(RequestCategory.values())
                .filter(mayFile::contains)
                .filter(candidate -> !severities(profile, candidate).isEmpty())
                .map(Enum::name)
                .toList();
        var severities = mayFile.contains(chosen) ? severities(profile, chosen) : List.<Severity>of();
        var waits = new LinkedHashMap<String, WaitTimeResponse>();
        for (var method : List.of(ContactOption.CALLBACK, ContactOption.PHONE)) {
            var wait = contact.expectedWait(me, method, null);
            waits.put(method.name(), WaitTimeResponse.of(wait, renderer.words(wait, locale)));
        }
        return new Options(
                chosen.name(),
                handlers(profile),
                categories,
                severities.stream().map(Enum::name).toList(),
                hours(profile, chosen, severities),
                waits);
    }

    private List<Handler> handlers(TenantProfile profile) {
        var provider = new Handler("PROVIDER", null, contact.providerName(profile), null, null, null);
        var partner = profile.partner();
        if (partner == null) {
            return List.of(provider);
        }
        return List.of(
                new Handler(
                        "PARTNER",
                        partner.id(),
                        partner.name(),
                        PhoneNumbers.international(partner.phoneE164()),
                        partner.email(),
                        partner.website()),
                provider);
    }

    private List<Severity> severities(TenantProfile profile, RequestCategory category) {
        return contact.allowedSeverities(profile, category);
    }

    /** The hours of the least severe allowed severity: the everyday service of the category. */
    private SupportHours hours(TenantProfile profile, RequestCategory category, List<Severity> severities) {
        if (severities.isEmpty()) {
            return null;
        }
        var served = contact.serviceHours(profile, category, severities.get(severities.size() - 1));
        var hours = new LinkedHashMap<String, List<String>>();
        served.hours().forEach((day, ranges) -> hours.put(day.name(), ranges));
        return new SupportHours(served.calendarName(), served.zone().getId(), served.calendarTime(), hours);
    }

    private static RequestCategory category(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(
                    "category", "is required: one of " + Arrays.toString(RequestCategory.values()));
        }
        try {
            return RequestCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", "must be one of " + Arrays.toString(RequestCategory.values()));
        }
    }
}
