package org.helpline.localmail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

class LocalMailSettingsTests {

    @Test
    void theEmbeddedDefaultRunsTheLocalServerAndIsPointedAtItBeneathEverythingElse() {
        var environment = new MockEnvironment().withProperty("helpline.mail.local.smtp-port", "2600");

        process(environment, WebApplicationType.SERVLET);

        assertThat(environment.getProperty("helpline.mail.local.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("spring.mail.port")).isEqualTo("2600");
        assertThat(environment.getProperty("helpline.mail.inbound.host")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("helpline.mail.inbound.port")).isEqualTo("3143");
        assertThat(environment.getProperty("helpline.mail.inbound.protocol")).isEqualTo("imap");
        assertThat(environment.getProperty("helpline.mail.inbound.username")).isEqualTo("support@helpline.localhost");
        assertThat(environment.getProperty("helpline.mail.inbound.poll-interval"))
                .isEqualTo("5s");
        assertThat(environment.getProperty("helpline.mail.reply-address")).isEqualTo("support@helpline.localhost");
        assertThat(environment.getProperty("helpline.notify.text-gateway")).isEqualTo("local");
        assertThat(environment.getPropertySources().stream().reduce((first, second) -> second))
                .get()
                .extracting(source -> source.getName())
                .isEqualTo(LocalMailSettings.SOURCE);
    }

    @Test
    void whatTheOperatorSetsWinsOverTheLocalServersSettings() {
        var environment = new MockEnvironment()
                .withProperty("helpline.mail.local.enabled", "true")
                .withProperty("helpline.mail.inbound.poll-interval", "1m")
                .withProperty("helpline.notify.text-gateway", "http");

        process(environment, WebApplicationType.SERVLET);

        assertThat(environment.getProperty("helpline.mail.inbound.poll-interval"))
                .isEqualTo("1m");
        assertThat(environment.getProperty("helpline.notify.text-gateway")).isEqualTo("http");
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
    }

    @Test
    void thePostgresProfileHasNoLocalServer() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");

        process(environment, WebApplicationType.SERVLET);

        assertOff(environment);
    }

    @Test
    void aConfiguredMailServerReplacesTheLocalOne() {
        var environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.com");

        process(environment, WebApplicationType.SERVLET);

        assertThat(environment.getProperty("helpline.mail.local.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("smtp.example.com");
        assertThat(environment.getProperty("helpline.notify.text-gateway")).isNull();
    }

    @Test
    void aBlankMailHostIsNoMailServer() {
        var environment = new MockEnvironment().withProperty("spring.mail.host", " ");

        process(environment, WebApplicationType.SERVLET);

        assertThat(environment.getProperty("helpline.mail.local.enabled")).isEqualTo("true");
    }

    @Test
    void anExplicitFalseTurnsItOffOnTheEmbeddedDefault() {
        var environment = new MockEnvironment().withProperty("helpline.mail.local.enabled", "false");

        process(environment, WebApplicationType.SERVLET);

        assertOff(environment);
    }

    @Test
    void anExplicitTrueTurnsItOnUnderThePostgresProfileAndBesideAMailServer() {
        var environment = new MockEnvironment()
                .withProperty("helpline.mail.local.enabled", "true")
                .withProperty("spring.mail.host", "smtp.example.com");
        environment.setActiveProfiles("postgres");

        process(environment, WebApplicationType.SERVLET);

        assertThat(environment.getProperty("helpline.mail.local.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("smtp.example.com");
        assertThat(environment.getProperty("helpline.mail.inbound.host")).isEqualTo("127.0.0.1");
    }

    @Test
    void theArticleImportWithoutAWebServerLeavesThePortsToARunningHelpline() {
        var environment = new MockEnvironment();

        process(environment, WebApplicationType.NONE);

        assertOff(environment);
    }

    @Test
    void aHigherSourceSettingEnabledIsReadLikeAnyOther() {
        var environment = new MockEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "command line", java.util.Map.of("helpline.mail.local.enabled", "false")));

        process(environment, WebApplicationType.SERVLET);

        assertOff(environment);
    }

    private static void assertOff(MockEnvironment environment) {
        assertThat(environment.getProperty("helpline.mail.local.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.mail.host")).isNull();
        assertThat(environment.getProperty("helpline.mail.inbound.host")).isNull();
        assertThat(environment.getProperty("helpline.notify.text-gateway")).isNull();
    }

    private static void process(MockEnvironment environment, WebApplicationType type) {
        var application = new SpringApplication();
        application.setWebApplicationType(type);
        new LocalMailSettings().postProcessEnvironment(environment, application);
    }
}
