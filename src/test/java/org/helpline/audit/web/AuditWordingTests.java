package org.helpline.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Audit actions and recorded details in words, with the application's own message bundles. */
class AuditWordingTests {

    /** Every action the application records, as its services write it. */
    private static final List<String> ACTIONS = List.of(
            "api-token.created",
            "api-token.revoked",
            "health.issue.declared",
            "health.issue.updated",
            "kb.article.created",
            "kb.article.updated",
            "partner.created",
            "phone.access-granted",
            "phone.account-opened",
            "phone.account-refused",
            "phone.call-ended",
            "phone.call-refused",
            "phone.call-started",
            "phone.code-refused",
            "phone.code-rejected",
            "phone.code-sent",
            "phone.directory-changed",
            "request.assigned",
            "request.downgraded",
            "request.message-added",
            "request.message-added-by-mail",
            "request.opened",
            "request.severity-changed",
            "request.sla-breached",
            "request.status-changed",
            "sign-in.failed",
            "sign-in.succeeded",
            "sign-in.throttled",
            "sla.calendar-changed",
            "sla.calendar-created",
            "sla.clock-breached",
            "sla.policy-changed",
            "tenant.created",
            "tenant.profile-changed",
            "tenant.subscription-added",
            "tenant.subscription-removed",
            "user.created",
            "user.password-changed",
            "user.roles-changed");

    private final AuditWording wording = new AuditWording(messages());

    @Test
    void everyActionHasALabelInEveryLanguage() {
        for (var locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"), Locale.SIMPLIFIED_CHINESE)) {
            assertThat(ACTIONS)
                    .as("labels in %s", locale)
                    .allSatisfy(action -> assertThat(wording.action(action, locale))
                            .isNotEqualTo(action)
                            .doesNotContain("."));
        }
    }

    @Test
    void anUnknownActionKeepsItsKey() {
        assertThat(wording.action("future.action", Locale.ENGLISH)).isEqualTo("future.action");
    }

    @Test
    void detailsShowInstantsInTheViewersZoneAndConstantsByTheirLabels() {
        var text = wording.text(
                "next attempt from 2026-12-07T10:15:30.123456Z; roles [AGENT, ORG_ADMIN] -> [USER]; country PL",
                ZoneId.of("Europe/Warsaw"),
                Locale.ENGLISH);

        assertThat(text)
                .contains("11:15")
                .doesNotContain("2026-12-07T")
                .contains("[Agent, Organisation admin] -> [User]")
                .endsWith("country PL");
    }

    @Test
    void calendarDetailsNameTheDaysAndTheTenantZone() {
        var text = wording.text(
                "name: Office; zone: TENANT; hours: {MONDAY=[08:00-18:00]}", ZoneId.of("UTC"), Locale.ENGLISH);

        assertThat(text).isEqualTo("name: Office; zone: the tenant's time zone; hours: {Monday=[08:00-18:00]}");
    }

    @Test
    void aMissingValueReadsNone() {
        assertThat(wording.text("update cadence: null min; nullable", ZoneId.of("UTC"), Locale.forLanguageTag("pl")))
                .isEqualTo("update cadence: brak min; nullable");
    }

    @Test
    void detailsSpeakTheReadersLanguage() {
        var text = wording.text("channel: PORTAL; contract: STANDARD", ZoneId.of("UTC"), Locale.forLanguageTag("pl"));

        assertThat(text).isEqualTo("channel: portal; contract: Standardowa");
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(
                "messages/web",
                "messages/audit",
                "messages/tenancy",
                "messages/catalog",
                "messages/requests",
                "messages/phone",
                "messages/identity",
                "messages/sla");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
