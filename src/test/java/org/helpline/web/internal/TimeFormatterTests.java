package org.helpline.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class TimeFormatterTests {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    final TimeFormatter time = new TimeFormatter(messages(), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 200  | 3 h 20 min",
                "en    | 0    | under a minute",
                "en    | 45   | 45 min",
                "en    | 3000 | 2 d 2 h",
                "pl    | 200  | 3 godz. 20 min",
                "pl    | 3000 | 2 d. 2 godz.",
                "zh-CN | 200  | 3小时20分钟",
            })
    void spansReadAsWords(String language, long minutes, String expected) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        assertThat(time.duration(Duration.ofMinutes(minutes))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 200  | in 3 h 20 min",
                "en    | -5   | 5 min ago",
                "pl    | 200  | za 3 godz. 20 min",
                "pl    | -5   | 5 min temu",
                "zh-CN | -5   | 5分钟前",
            })
    void instantsReadRelativeToNow(String language, long minutes, String expected) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        assertThat(time.relative(NOW.plus(Duration.ofMinutes(minutes)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 1 | 1 business day",
                "en    | 2 | 2 business days",
                "pl    | 1 | 1 dzień roboczy",
                "pl    | 3 | 3 dni robocze",
                "pl    | 5 | 5 dni roboczych",
                "zh-CN | 2 | 2个工作日",
            })
    void businessDaysAgreeWithTheirNumber(String language, long days, String expected) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        assertThat(time.businessDays(days)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | Europe/Warsaw    | Central European Time (Warsaw)",
                "pl    | Europe/Warsaw    | Czas środkowoeuropejski (Warsaw)",
                "zh-CN | Asia/Shanghai    | 中国时间 (Shanghai)",
                "en    | America/New_York | Eastern Time (New York)",
                "en    | Etc/GMT+5        | GMT-05:00",
                "en    | not a zone       | not a zone",
            })
    void zonesReadByTheirNames(String language, String zone, String expected) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        assertThat(time.zone(zone)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | Europe/Warsaw | GMT+01:00 Central European Time (Warsaw)",
                "en | Etc/GMT+5     | GMT-05:00",
            })
    void zonesToChooseFromLeadWithTheirOffset(String language, String zone, String expected) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        assertThat(time.zoneChoice(zone)).isEqualTo(expected);
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages/web");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
