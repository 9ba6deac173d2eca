package org.helpline.scim.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.identity.DirectoryProvisioning;
import org.helpline.identity.DirectoryUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The SCIM Users of a tenant: every user of the tenant, whether the directory created them or a
 * tenant admin invited them, so a directory finds an existing person by {@code userName} instead
 * of failing to create them. Accounts are identity's ({@link DirectoryProvisioning}); what only the
 * directory knows stays in {@code scim_user}.
 */
@Service
public class ProvisionedUsers {

    /** The attributes a filter may name, and whether they compare case-sensitively. */
    static final Map<String, Boolean> FILTERABLE = Map.of(
            "id", true,
            "username", false,
            "externalid", true,
            "displayname", false,
            "emails.value", false,
            "active", false);

    private final DirectoryProvisioning provisioning;
    private final ScimUserRecords records;
    private final ScimGroupRecords groups;
    private final Clock clock;

    ProvisionedUsers(
            DirectoryProvisioning provisioning, ScimUserRecords records, ScimGroupRecords groups, Clock clock) {
        this.provisioning = provisioning;
        this.records = records;
        this.groups = groups;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScimPage<ScimUser> list(UUID tenantId, String filter, Integer startIndex, Integer count) {
        var parsed = ScimFilter.parse(filter, FILTERABLE);
        var caseExact = Set.of("id", "externalid");
        var found = all(tenantId).stream()
                .filter(user -> parsed.matches(attribute -> valueOf(user, attribute), caseExact))
                .toList();
        return ScimPage.of(found, startIndex, count);
    }

    @Transactional(readOnly = true)
    public ScimUser get(UUID tenantId, UUID userId) {
        return all(tenantId).stream()
                .filter(user -> user.id().equals(userId))
                .findFirst()
                .orElseThrow(() -> ScimException.notFound("User", userId));
    }

    @Transactional
    public ScimUser create(UUID tenantId, JsonNode body) {
        var draft = UserDraft.of(body);
        draft.check();
        var created = translated(() -> provisioning.create(tenantId, profile(draft)));
        save(tenantId, created.id(), draft);
        return get(tenantId, created.id());
    }

    @Transactional
    public ScimUser replace(UUID tenantId, UUID userId, JsonNode body) {
        get(tenantId, userId);
        return write(tenantId, userId, UserDraft.of(body));
    }

    @Transactional
    public ScimUser patch(UUID tenantId, UUID userId, JsonNode body) {
        var operations = PatchOperations.of(body);
        var draft = get(tenantId, userId).draft();
        operations.operations().forEach(operation -> draft.apply(operation.op(), operation.path(), operation.value()));
        return write(tenantId, userId, draft);
    }

    @Transactional
    public void delete(UUID tenantId, UUID userId) {
        get(tenantId, userId);
        translated(() -> {
            provisioning.delete(tenantId, userId);
            return null;
        });
    }

    private ScimUser write(UUID tenantId, UUID userId, UserDraft draft) {
        draft.check();
        translated(() -> provisioning.update(tenantId, userId, profile(draft)));
        var kept = records.ofTenant(tenantId).get(userId);
        if (kept == null || !sameAttributes(kept, draft)) {
            save(tenantId, userId, draft);
        }
        return get(tenantId, userId);
    }

    private static boolean sameAttributes(ScimUserRow row, UserDraft draft) {
        return java.util.Objects.equals(row.externalId(), draft.externalId)
                && java.util.Objects.equals(row.givenName(), draft.givenName)
                && java.util.Objects.equals(row.familyName(), draft.familyName)
                && java.util.Objects.equals(row.formattedName(), draft.formattedName)
                && java.util.Objects.equals(row.workEmail(), draft.workEmail)
                && java.util.Objects.equals(row.preferredLanguage(), draft.preferredLanguage);
    }

    private void save(UUID tenantId, UUID userId, UserDraft draft) {
        records.save(new ScimUserRow(
                userId,
                tenantId,
                draft.externalId,
                draft.givenName,
                draft.familyName,
                draft.formattedName,
                draft.workEmail,
                draft.preferredLanguage,
                clock.instant(),
                0));
    }

    private List<ScimUser> all(UUID tenantId) {
        var rows = records.ofTenant(tenantId);
        var groupsOf = new HashMap<UUID, List<ScimUser.Member>>();
        for (var group : groups.ofTenant(tenantId)) {
            group.members()
                    .forEach(member -> groupsOf.computeIfAbsent(member, id -> new ArrayList<>())
                            .add(new ScimUser.Member(group.id(), group.displayName())));
        }
        return provisioning.users(tenantId).stream()
                .map(user -> scim(user, rows.get(user.id()), groupsOf.getOrDefault(user.id(), List.of())))
                .toList();
    }

    private static ScimUser scim(DirectoryUser user, ScimUserRow row, List<ScimUser.Member> groups) {
        return new ScimUser(
                user.id(),
                row == null ? null : row.externalId(),
                user.login(),
                row == null ? null : row.givenName(),
                row == null ? null : row.familyName(),
                row == null ? null : row.formattedName(),
                user.displayName(),
                row == null || row.workEmail() == null ? user.login() : row.workEmail(),
                user.active(),
                row == null || row.preferredLanguage() == null ? user.language() : row.preferredLanguage(),
                List.copyOf(groups),
                user.createdAt(),
                row == null ? user.createdAt() : row.lastModified(),
                "W/\"" + user.version() + "." + (row == null ? 0 : row.version() + 1) + "\"");
    }

    private static String valueOf(ScimUser user, String attribute) {
        return switch (attribute) {
            case "id" -> user.id().toString();
            case "username" -> user.userName();
            case "externalid" -> user.externalId();
            case "displayname" -> user.displayName();
            case "emails.value" -> user.email();
            case "active" -> String.valueOf(user.active());
            default -> null;
        };
    }

    private static DirectoryUser.Profile profile(UserDraft draft) {
        return new DirectoryUser.Profile(draft.userName, draft.shownName(), draft.helplineLanguage(), draft.active);
    }

    /** Identity's refusals in SCIM's words: a login in use is {@code uniqueness}, other input {@code invalidValue}. */
    static <T> T translated(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (InvalidInputException refused) {
            var problems = refused.fieldProblems();
            if (problems.stream()
                    .anyMatch(problem ->
                            problem.field().equals("login") && problem.message().contains("taken"))) {
                throw ScimException.uniqueness("userName is already used by another account");
            }
            var detail = problems.stream()
                    .map(problem -> attributeOf(problem.field()) + " " + problem.message())
                    .reduce((first, next) -> first + "; " + next)
                    .orElse(refused.getMessage());
            throw ScimException.invalidValue(detail);
        } catch (NotFoundException gone) {
            throw new ScimException(404, null, gone.getMessage());
        }
    }

    private static String attributeOf(String field) {
        return switch (field) {
            case "login" -> "userName";
            case "language" -> "preferredLanguage";
            default -> field;
        };
    }
}
