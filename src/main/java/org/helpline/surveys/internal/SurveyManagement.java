package org.helpline.surveys.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.surveys.SurveyAnswer;
import org.helpline.surveys.SurveyAnswered;
import org.helpline.surveys.SurveyAnswers;
import org.helpline.surveys.internal.SurveyLink.State;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys. A link (token) is checked for its signature, then for being unanswered
 * and unexpired; no sign-in is needed, the signature is the proof. Results are read by the
 * request's organisation staff and its tenant's admins.
 */
@Service
public class SurveyManagement implements SurveyAnswers {

    private final SurveyRows surveys;
    private final LinkSigner signer;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SurveyManagement(SurveyRows surveys, LinkSigner signer, Clock clock, ApplicationEventPublisher events) {
        this.surveys = surveys;
        this.signer = signer;
        this.clock = clock;
        this.events = events;
    }

    /** Where the link {@code token} leads. */
    @Transactional(readOnly = true)
    public SurveyLink open(String token) {
        return signer.verify(token).flatMap(surveys::find).map(this::link).orElseGet(SurveyLink::invalid);
    }

    /** Records the answer when the link is open (RECORDED); else answers why it was not recorded. */
    @Transactional
    public SurveyLink answer(String token, SurveyAnswer answer) {
        if (answer.rating() == null || answer.rating() < 1 || answer.rating() > 5) {
            throw new InvalidInputException("rating", "must be between 1 and 5");
        }
        if (answer.comment() != null && answer.comment().length() > 2000) {
            throw new InvalidInputException("comment", "must be at most 2000 characters");
        }
        var id = signer.verify(token).orElse(null);
        var row = id == null ? null : surveys.find(id).orElse(null);
        if (row == null) {
            return SurveyLink.invalid();
        }
        var comment = answer.comment() == null || answer.comment().isBlank()
                ? null
                : answer.comment().strip();
        var now = clock.instant();
        if (!surveys.answer(id, answer.rating(), names(answer.wentWell()), names(answer.wentBadly()), comment, now)) {
            return link(row);
        }
        events.publishEvent(new SurveyAnswered(
                row.id(),
                row.requestId(),
                row.tenantId(),
                row.organisationId(),
                row.serviceId(),
                row.severity(),
                row.agentId(),
                row.agentName(),
                answer.rating(),
                now));
        return new SurveyLink(State.RECORDED, row.number(), row.title());
    }

    @Override
    @Transactional
    public boolean answerOfRequest(UUID tenantId, UUID requestId, SurveyAnswer answer) {
        return surveys.forRequest(tenantId, requestId)
                .map(row -> answer(signer.token(row.id()), answer).state() == State.RECORDED)
                .orElse(false);
    }

    /** The answered survey of a request, for its organisation's staff and its tenant's admins. */
    @Transactional(readOnly = true)
    public Optional<SurveyResult> result(HelplineUser reader, UUID tenantId, UUID requestId) {
        return surveys.forRequest(tenantId, requestId)
                .filter(row -> row.answeredAt() != null && mayRead(reader, row))
                .map(SurveyManagement::result);
    }

    private SurveyLink link(SurveyRow row) {
        var state = row.answeredAt() != null
                ? State.ANSWERED
                : !clock.instant().isBefore(row.expiresAt()) ? State.EXPIRED : State.OPEN;
        return new SurveyLink(state, row.number(), row.title());
    }

    private static boolean mayRead(HelplineUser reader, SurveyRow row) {
        return reader.isStaff()
                ? reader.organisationId().equals(row.organisationId())
                : reader.isTenantAdmin()
                        && reader.tenantId().filter(row.tenantId()::equals).isPresent();
    }

    private static SurveyResult result(SurveyRow row) {
        return new SurveyResult(
                row.requestId(),
                row.number(),
                row.agentId(),
                row.agentName(),
                row.rating(),
                topics(row.wentWell()),
                topics(row.wentBadly()),
                row.comment(),
                row.answeredAt());
    }

    private static String names(Set<SurveyTopic> topics) {
        return topics.isEmpty()
                ? null
                : topics.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<SurveyTopic> topics(String names) {
        var result = EnumSet.noneOf(SurveyTopic.class);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(SurveyTopic::valueOf).forEach(result::add);
        }
        return result;
    }
}
