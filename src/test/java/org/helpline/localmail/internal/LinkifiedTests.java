package org.helpline.localmail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpline.localmail.internal.Linkified.Piece;
import org.junit.jupiter.api.Test;

class LinkifiedTests {

    @Test
    void cutsTheTextAroundItsWebAddressesLeavingTrailingPunctuationOut() {
        assertThat(Linkified.of("Open http://localhost:8080/requests/1?a=b, then (https://example.com/x). Done"))
                .containsExactly(
                        new Piece("Open ", false),
                        new Piece("http://localhost:8080/requests/1?a=b", true),
                        new Piece(", then (", false),
                        new Piece("https://example.com/x", true),
                        new Piece("). Done", false));
    }

    @Test
    void aTextWithoutAddressesIsOnePieceAndOtherSchemesAreNoLinks() {
        assertThat(Linkified.of("javascript:alert(1) and ftp://x"))
                .containsExactly(new Piece("javascript:alert(1) and ftp://x", false));
        assertThat(Linkified.of("")).isEmpty();
    }
}
