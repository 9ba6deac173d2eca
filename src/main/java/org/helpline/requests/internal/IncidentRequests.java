package org.helpline.requests.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.health.HealthIssue;
import org.helpline.health.ServiceHealth;
import org.helpline.requests.MessageKind;
import org.helpline.requests.NewMessage;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests that matched one service health incident when they were filed, handled together by
 * an agent: one public reply to every one still open, or resolving them all. Each request goes
 * through the same {@link Conversation} and {@link Handling} as alone (clocks, history, audit,
 * e-mails), at the version it has now; all of them or none (one transaction). Only the requests
 * the agent may see take part: another organisation's or partner's requests are neither counted
 * nor changed.
 */
@Component
public class IncidentRequests {

    /** One reply to all, or the reason for resolving all. */
    public record GroupAction(@NotBlank @Size(max = 20000) String text) {}

    private final RequestLinks links;
    private final Viewers viewers;
    private final Validation validation;
    private final Conversation conversation;
    private final Handling handling;
    private final ServiceHealth health;

    IncidentRequests(
            RequestLinks links,
            Viewers viewers,
            Validation validation,
            Conversation conversation,
            Handling handling,
            ServiceHealth health) {
        this.health = health;
        this.links = links;
        this.viewers = viewers;
        this.validation = validation;
        this.conversation = conversation;
        this.handling = handling;
    }

    /** The incident as the user may read it ("not found" otherwise), in {@code locale}. */
    @Transactional(readOnly = true)
    public HealthIssue issue(HelplineUser user, UUID issueId, Locale locale) {
        return health.issue(user, issueId, locale);
    }

    /** The requests of the incident the user may see, by number. */
    @Transactional(readOnly = true)
    public List<ServiceRequest> of(HelplineUser user, UUID issueId) {
        requireVisible(user, issueId);
        return links.ofIssue(viewers.of(user), issueId);
    }

    /** Writes {@code action.text()} as a public reply in every open request of the incident; returns those answered. */
    @Transactional
    public List<ServiceRequest> replyToAll(HelplineUser agent, UUID issueId, GroupAction action) {
        var viewer = agentOnly(agent);
        requireVisible(agent, issueId);
        validation.check(action);
        var answered = new ArrayList<ServiceRequest>();
        for (var request : links.ofIssue(viewer, issueId)) {
            if (request.status().isOpen()) {
                answered.add(conversation.add(
                        agent,
                        request.id(),
                        new NewMessage(action.text(), false, MessageKind.MESSAGE, request.version()),
                        List.of()));
            }
        }
        return answered;
    }

    /** Resolves every open request of the incident with {@code action.text()} as the reason; returns those resolved. */
    @Transactional
    public List<ServiceRequest> resolveAll(HelplineUser agent, UUID issueId, GroupAction action) {
        var viewer = agentOnly(agent);
        requireVisible(agent, issueId);
        validation.check(action);
        var resolved = new ArrayList<ServiceRequest>();
        for (var request : links.ofIssue(viewer, issueId)) {
            if (request.status().isOpen()) {
                resolved.add(handling.changeStatus(
                        agent,
                        request.id(),
                        new StatusChange(RequestStatus.RESOLVED, action.text(), request.version())));
            }
        }
        return resolved;
    }

    /** An incident that does not exist, or that the user may not read, is "not found" (404). */
    private void requireVisible(HelplineUser user, UUID issueId) {
        health.issue(user, issueId, Locale.ROOT);
    }

    private Viewer agentOnly(HelplineUser user) {
        var viewer = viewers.of(user);
        if (!viewer.isAgent()) {
            throw new ForbiddenException("Only agents handle an incident's requests together.");
        }
        return viewer;
    }
}
