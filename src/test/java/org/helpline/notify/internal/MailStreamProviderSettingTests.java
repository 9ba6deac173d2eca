package org.helpline.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class MailStreamProviderSettingTests {

    private final String before = System.getProperty(MailStreamProviderSetting.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(MailStreamProviderSetting.PROPERTY);
        } else {
            System.setProperty(MailStreamProviderSetting.PROPERTY, before);
        }
    }

    @Test
    void namesAngusAsTheStreamProviderWhichJakartaMailThenFindsByName() {
        System.clearProperty(MailStreamProviderSetting.PROPERTY);

        new MailStreamProviderSetting().postProcessEnvironment(new MockEnvironment(), new SpringApplication());

        assertThat(System.getProperty(MailStreamProviderSetting.PROPERTY)).isEqualTo(MailStreamProviderSetting.ANGUS);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailStreamProviderSetting.ANGUS);
    }

    @Test
    void leavesAProviderTheOperatorNamedAlone() {
        System.setProperty(MailStreamProviderSetting.PROPERTY, "com.example.OwnStreamProvider");

        new MailStreamProviderSetting().postProcessEnvironment(new MockEnvironment(), new SpringApplication());

        assertThat(System.getProperty(MailStreamProviderSetting.PROPERTY)).isEqualTo("com.example.OwnStreamProvider");
    }
}
