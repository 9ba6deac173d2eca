package org.helpline.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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
            "canned-reply.applied",
            "canned-reply.changed",
            "canned-reply.created",
            "canned-reply.removed",
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
            "presales.inquiry.received",
            "scim.group.changed",
            "scim.group.created",
            "scim.group.deleted",
            "scim.secret.created",
            "scim.secret.revoked",
            "request.assigned",
            "request.copy-added",
            "request.copy-removed",
            "request.downgraded",
            "request.message-added",
            "request.message-added-by-mail",
            "request.opened",
            "request.severity-changed",
            "request.sla-breached",
            "request.status-changed",
            "request.linked",
            "request.unlinked",
            "request.merged",
            "request.merge-received",
            "request.auto-closed",
            "request.customer-reminded",
            "request.auto-assigned",
            "automation.settings-changed",
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
            "user.profile-changed",
            "user.provisioned",
            "user.roles-changed");

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

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

    @Test
    void detailsNameTheirKeysInTheReadersLanguage() {
        var recorded = "category: TECHNICAL; severity: B; handled by: PROVIDER; channel: PORTAL";

        assertThat(wording.details(recorded, UTC, Locale.ENGLISH))
                .isEqualTo("category: Technical support; severity: B; handled by: provider; channel: portal");
        assertThat(wording.details(recorded, UTC, POLISH))
                .isEqualTo("kategoria: Pomoc techniczna; ważność: B; obsługuje: dostawca; kanał: portal");
        assertThat(wording.details(recorded, UTC, Locale.SIMPLIFIED_CHINESE))
                .startsWith("类别: ")
                .contains("严重级别: B", "处理方: 服务商", "渠道: 门户");
    }

    @Test
    void detailValuesSayYesNoAndNoneInWords() {
        var recorded = "enabled: true -> false; registered number: yes; grant: null; due: 2026-12-07T10:00:00Z";

        assertThat(wording.details(recorded, ZoneId.of("Europe/Warsaw"), POLISH))
                .startsWith("aktywne: tak -> nie; zarejestrowany numer: tak; dostęp: brak; termin: ")
                .contains("11:00")
                .doesNotContain("2026-12-07T");
        assertThat(wording.details("internal: false", UTC, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("内部: 否");
    }

    @Test
    void lowerCaseCodesOfOtherModulesReadAsTheirLabels() {
        assertThat(wording.details("classification: incident; status: serviceDegradation", UTC, Locale.ENGLISH))
                .isEqualTo("classification: Incident; status: Service degradation");
    }

    @Test
    void anUnknownKeyShowsAsRecorded() {
        assertThat(wording.details("colour: PORTAL; reason: WRONG_PASSWORD", UTC, POLISH))
                .isEqualTo("colour: portal; powód: błędne hasło");
    }

    @Test
    void freeTextRecordedBeforeKeysShowsAsRecorded() {
        assertThat(wording.details("other sessions ended", UTC, POLISH)).isEqualTo("other sessions ended");
        assertThat(wording.details("roles [ORG_ADMIN] -> [USER]", UTC, Locale.ENGLISH))
                .isEqualTo("roles [Organisation admin] -> [User]");
        assertThat(wording.details(null, UTC, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void everyDetailKeyTheCodeRecordsHasALabelInEveryLanguage() throws IOException {
        var keys = AuditDetailKeys.recordedIn(Path.of("src/main/java"));

        assertThat(keys).contains("handled by", "tries left", "time zone", "next attempt");
        for (var locale : List.of(Locale.ENGLISH, POLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(keys)
                    .as("detail labels in %s", locale)
                    .allSatisfy(key -> assertThat(
                                    messages().getMessage("audit.detail." + key.replace(' ', '-'), null, null, locale))
                            .isNotBlank());
        }
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
                "messages/sla",
                "messages/health");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
