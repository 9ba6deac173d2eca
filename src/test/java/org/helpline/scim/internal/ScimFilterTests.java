package org.helpline.scim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScimFilterTests {

    private static final Map<String, Boolean> ATTRIBUTES = Map.of("username", false, "externalid", true);

    @Test
    void readsEqualitiesJoinedByAndWithQuotedEscapesAndTheCoreSchemasUrn() {
        var filter = ScimFilter.parse(
                "urn:ietf:params:scim:schemas:core:2.0:User:userName EQ \"a\\\"b@x.example\" AND externalId eq null",
                ATTRIBUTES);

        assertThat(filter.conditions())
                .containsExactly(
                        new ScimFilter.Condition("username", "a\"b@x.example"),
                        new ScimFilter.Condition("externalid", null));
    }

    @Test
    void comparesCaseInsensitivelyUnlessTheAttributeIsCaseExact() {
        var byName = ScimFilter.parse("userName eq \"ADA@X.EXAMPLE\"", ATTRIBUTES);
        var byExternalId = ScimFilter.parse("externalId eq \"Ext\"", ATTRIBUTES);
        Map<String, String> ada = Map.of("username", "ada@x.example", "externalid", "ext");

        assertThat(byName.matches(ada::get, Set.of("externalid"))).isTrue();
        assertThat(byExternalId.matches(ada::get, Set.of("externalid"))).isFalse();
        assertThat(ScimFilter.none().matches(ada::get, Set.of())).isTrue();
        assertThat(ScimFilter.parse("  ", ATTRIBUTES).conditions()).isEmpty();
    }

    @Test
    void refusesWhatItDoesNotSupportRatherThanMatchingNothing() {
        for (var text : List.of(
                "userName co \"a\"",
                "userName eq \"a\" or userName eq \"b\"",
                "not (userName eq \"a\")",
                "emails[type eq \"work\"]",
                "title eq \"x\"",
                "userName eq",
                "userName eq \"open",
                "userName eq bare",
                "userName eq \"a\" and")) {
            assertThatThrownBy(() -> ScimFilter.parse(text, ATTRIBUTES))
                    .as(text)
                    .isInstanceOfSatisfying(
                            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidFilter"));
        }
    }
}
