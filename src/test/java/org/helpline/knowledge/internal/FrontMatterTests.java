package org.helpline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.helpline.platform.Markdown;
import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Markdown files with front matter, as imported. */
class FrontMatterTests {

    @Test
    void readsTheKeysAndTheBody() {
        var draft = FrontMatter.parse("""
                ---
                title: "Jak zmienić hasło: krok po kroku"
                language: pl
                services: [identity, mail]
                tags: hasło, logowanie
                audience: admins
                published: false
                topic: change-password
                ---
                # Kroki

                Otwórz **Moje konto**.
                """);
        assertThat(draft.title()).isEqualTo("Jak zmienić hasło: krok po kroku");
        assertThat(draft.language()).isEqualTo("pl");
        assertThat(draft.services()).containsExactly("identity", "mail");
        assertThat(draft.tags()).containsExactly("hasło", "logowanie");
        assertThat(draft.audience()).isEqualTo(Audience.ADMINS);
        assertThat(draft.published()).isFalse();
        assertThat(draft.topic()).isEqualTo("change-password");
        assertThat(draft.body()).startsWith("# Kroki").contains("**Moje konto**");
    }

    @Test
    void aFileWithoutFrontMatterIsRefusedNamingIt() {
        assertThatThrownBy(() -> FrontMatter.parse("# Just Markdown"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("frontMatter");
        assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> FrontMatter.parse("---\naudience: martians\n---\nbody"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("audience");
    }

    @Test
    void markdownIsRenderedWithoutScripts() {
        assertThat(Markdown.article("**bold** <script>alert(1)</script> [x](javascript:alert(1))"))
                .contains("<strong>bold</strong>")
                .doesNotContain("<script")
                .doesNotContain("javascript:");
    }
}
