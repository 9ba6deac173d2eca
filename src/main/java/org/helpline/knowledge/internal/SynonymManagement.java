package org.helpline.knowledge.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The synonym groups an organisation's admins add to the shipped ones, so its searches join words
 * its people use ("mejl" for "e-mail"); each change is audited and searched at once on this node.
 */
@Service
public class SynonymManagement {

    static final int MAX_WORDS = 20;
    static final int MAX_LINE = 1000;

    private final SynonymGroups groups;
    private final Synonyms synonyms;
    private final AuditTrail audit;
    private final Clock clock;

    SynonymManagement(SynonymGroups groups, Synonyms synonyms, AuditTrail audit, Clock clock) {
        this.groups = groups;
        this.synonyms = synonyms;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SynonymGroup> groups(HelplineUser admin) {
        checkAdmin(admin);
        return groups.of(admin.organisationId());
    }

    /** Adds a group from a line of comma-separated words in one language. */
    @Transactional
    public SynonymGroup add(HelplineUser admin, String language, String line) {
        checkAdmin(admin);
        var parsed = ArticleLanguage.parse(language)
                .orElseThrow(() -> new InvalidInputException("language", "must be pl, en or zh"));
        var words = SynonymGroup.words(line == null ? "" : line);
        if (words.size() < 2
                || words.size() > MAX_WORDS
                || String.join(", ", words).length() > MAX_LINE) {
            throw new InvalidInputException("words", "must be 2 to " + MAX_WORDS + " words separated by commas");
        }
        var group = new SynonymGroup(
                UUID.randomUUID(), admin.organisationId(), parsed, words, clock.instant(), admin.login());
        groups.add(group);
        searchedAfterCommit(admin.organisationId());
        audit.record("kb.synonyms.added", null, group.line(), AuditDetails.of("language", parsed.code()));
        return group;
    }

    @Transactional
    public void remove(HelplineUser admin, UUID id) {
        checkAdmin(admin);
        var group = groups.of(admin.organisationId()).stream()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Synonym group", id));
        groups.remove(admin.organisationId(), id);
        searchedAfterCommit(admin.organisationId());
        audit.record(
                "kb.synonyms.removed",
                null,
                group.line(),
                AuditDetails.of("language", group.language().code()));
    }

    /** Drops the cached thesaurus once the change is visible, so no search caches the old groups again. */
    private void searchedAfterCommit(String organisationId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            synonyms.changed(organisationId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                synonyms.changed(organisationId);
            }
        });
    }

    private static void checkAdmin(HelplineUser admin) {
        if (!admin.has(Role.ORG_ADMIN)) {
            throw new ForbiddenException("Only organisation admins manage synonyms");
        }
    }
}
