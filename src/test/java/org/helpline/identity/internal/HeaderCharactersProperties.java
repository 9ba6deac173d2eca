package org.helpline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** {@link HeaderCharacters} allows exactly what the firewall's own regular expressions allow. */
class HeaderCharactersProperties {

    @Property(tries = 5000)
    void namesAsTheFirewallDecides(@ForAll("headerText") String text) {
        assertThat(HeaderCharacters.allowedName(text)).isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text));
    }

    @Property(tries = 5000)
    void valuesAsTheFirewallDecides(@ForAll("headerText") String text) {
        assertThat(HeaderCharacters.allowedValue(text)).isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text));
    }

    @Test
    void theCasesThatMatter() {
        assertThat(HeaderCharacters.allowedValue("Bearer abc.DEF-123_~+/=")).isTrue();
        assertThat(HeaderCharacters.allowedValue("Zażółć gęślą jaźń 😀")).isTrue();
        assertThat(HeaderCharacters.allowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedName("a\tb")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\r\nSet-Cookie: x")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\u0000b")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\u0085b")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\u0378b")).isFalse();
        assertThat(HeaderCharacters.allowedValue("")).isTrue();
    }

    /** Mostly printable ASCII, with control characters, tabs, unassigned code points and surrogates mixed in. */
    @Provide
    Arbitrary<String> headerText() {
        var characters = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.chars().range(' ', '~')),
                Tuple.of(2, Arbitraries.chars().range('\u0000', '\u00ff')),
                Tuple.of(2, Arbitraries.chars().range('\u0100', '\uffff')),
                Tuple.of(1, Arbitraries.of('\t', '\r', '\n', '\u007f', '\u0378', '\ud83d', '\ude00')));
        return characters.list().ofMaxSize(30).map(list -> {
            var text = new StringBuilder();
            list.forEach(text::append);
            return text.toString();
        });
    }
}
