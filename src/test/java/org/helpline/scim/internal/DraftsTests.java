package org.helpline.scim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** PATCH operations on users and groups as Entra ID and Okta send them. */
class DraftsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aUserTakesEntrasCapitalisedOpsStringBooleansAndFilteredEmailPaths() {
        var draft = UserDraft.of(json("""
                {"userName":"a@x.example","emails":[{"value":"other@x.example","type":"home"},
                 {"value":"work@x.example","type":"work","primary":"False"}],"active":"True"}"""));
        assertThat(draft.workEmail).isEqualTo("work@x.example");

        apply(draft, """
                {"Operations":[
                  {"op":"Replace","path":"active","value":"False"},
                  {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"new@x.example"},
                  {"op":"Add","value":{"name.givenName":"Ada","name":{"familyName":"King"},"displayName":"Ada K"}},
                  {"op":"Replace","path":"urn:ietf:params:scim:schemas:core:2.0:User:preferredLanguage","value":"zh-TW"},
                  {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":{"value":"x"}},
                  {"op":"Add","path":"title","value":"Engineer"}
                ]}""");

        assertThat(draft.active).isFalse();
        assertThat(draft.workEmail).isEqualTo("new@x.example");
        assertThat(draft.familyName).isEqualTo("King");
        assertThat(draft.givenName).as("the name object replaces all its parts").isNull();
        assertThat(draft.shownName()).isEqualTo("Ada K");
        assertThat(draft.helplineLanguage()).isEqualTo("zh-CN");
        apply(draft, "{\"Operations\":[{\"op\":\"remove\",\"path\":\"displayName\"}]}");
        assertThat(draft.shownName()).isEqualTo("King");
    }

    @Test
    void aUsersLanguageIsOneHelplineSpeaksOrNone() {
        var draft = new UserDraft();
        for (var pair : new String[][] {{"pl_PL", "pl"}, {"en-US", "en"}, {"zh-Hans-CN", "zh-CN"}, {"de-DE", null}}) {
            draft.preferredLanguage = pair[0];
            assertThat(draft.helplineLanguage()).as(pair[0]).isEqualTo(pair[1]);
        }
    }

    @Test
    void badValuesAndPathLessRemovalsAreRefused() {
        var draft = new UserDraft();
        assertThatThrownBy(() -> draft.apply("replace", "active", json("\"maybe\"")))
                .isInstanceOfSatisfying(
                        ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidValue"));
        assertThatThrownBy(() -> draft.apply("remove", null, null))
                .isInstanceOfSatisfying(
                        ScimException.class, e -> assertThat(e.scimType()).isEqualTo("noTarget"));
        assertThatThrownBy(() -> PatchOperations.of(json("{\"Operations\":[{\"op\":\"copy\"}]}")))
                .isInstanceOfSatisfying(
                        ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidSyntax"));
        assertThatThrownBy(() -> PatchOperations.of(json("{\"schemas\":[]}"))).isInstanceOf(ScimException.class);
    }

    @Test
    void aGroupsMembersAreAddedRemovedOneByOneOrAllAndReplaced() {
        var ada = UUID.randomUUID();
        var bob = UUID.randomUUID();
        var cy = UUID.randomUUID();
        var group = GroupDraft.of(new ScimGroupRow(
                UUID.randomUUID(), UUID.randomUUID(), "Admins", null, Set.of(ada), Instant.EPOCH, Instant.EPOCH, 0));

        group.apply("add", "members", json("[{\"value\":\"%s\"},{\"value\":\"%s\"}]".formatted(bob, cy)));
        assertThat(group.members).containsExactlyInAnyOrder(ada, bob, cy);
        group.apply("remove", "members[value eq \"%s\"]".formatted(ada), null);
        assertThat(group.members).containsExactlyInAnyOrder(bob, cy);
        group.apply("remove", "members", json("[{\"value\":\"%s\"}]".formatted(bob)));
        assertThat(group.members).containsExactly(cy);
        group.apply(
                "replace",
                null,
                json("{\"displayName\":\"Global admin\",\"members\":[{\"value\":\"%s\"}]}".formatted(ada)));
        assertThat(group.displayName).isEqualTo("Global admin");
        assertThat(group.members).containsExactly(ada);
        group.apply("remove", "members", null);
        assertThat(group.members).isEmpty();
        assertThatThrownBy(() -> group.apply("add", "members", json("[{\"value\":\"not-an-id\"}]")))
                .isInstanceOf(ScimException.class);
        assertThatThrownBy(() -> group.apply("add", "members[value eq \"%s\"]".formatted(ada), null))
                .isInstanceOfSatisfying(
                        ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidPath"));
    }

    private static void apply(UserDraft draft, String patch) {
        PatchOperations.of(json(patch))
                .operations()
                .forEach(operation -> draft.apply(operation.op(), operation.path(), operation.value()));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
