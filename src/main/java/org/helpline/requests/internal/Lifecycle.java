package org.helpline.requests.internal;

import static org.helpline.requests.RequestStatus.AWAITING_CUSTOMER;
import static org.helpline.requests.RequestStatus.CLOSED;
import static org.helpline.requests.RequestStatus.IN_PROGRESS;
import static org.helpline.requests.RequestStatus.NEW;
import static org.helpline.requests.RequestStatus.RESOLVED;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.ForbiddenException;

/**
 * The status lifecycle of a request, the rule {@link Handling} applies: which status leads to
 * which, and who may move it. Agents move it
 * anywhere the lifecycle allows; the customer's admin may only resolve it, or reopen it within
 * {@link #REOPEN_WINDOW} of its resolution.
 */
final class Lifecycle {

    static final Duration REOPEN_WINDOW = Duration.ofDays(14);

    private static final Map<RequestStatus, Set<RequestStatus>> NEXT = Map.of(
            NEW, EnumSet.of(IN_PROGRESS, AWAITING_CUSTOMER, RESOLVED, CLOSED),
            IN_PROGRESS, EnumSet.of(AWAITING_CUSTOMER, RESOLVED, CLOSED),
            AWAITING_CUSTOMER, EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED),
            RESOLVED, EnumSet.of(IN_PROGRESS, CLOSED),
            CLOSED, EnumSet.noneOf(RequestStatus.class));

    private Lifecycle() {}

    /**
     * Checks a change of status.
     *
     * @throws RuleViolated when the lifecycle does not allow it, or the reopen window has passed
     * @throws ForbiddenException when a customer tries a change that is for agents
     */
    static void check(RequestStatus from, RequestStatus to, boolean agent, Instant resolvedAt, Instant now) {
        if (!NEXT.get(from).contains(to)) {
            throw RuleViolated.transition(from, to);
        }
        if (agent) {
            return;
        }
        boolean resolve = to == RESOLVED;
        boolean reopen = from == RESOLVED && to == IN_PROGRESS;
        if (!resolve && !reopen) {
            throw new ForbiddenException("Admins may resolve or reopen a request; other changes are for agents.");
        }
        if (reopen && resolvedAt != null && resolvedAt.plus(REOPEN_WINDOW).isBefore(now)) {
            throw RuleViolated.reopenWindowPassed(REOPEN_WINDOW.toDays());
        }
    }

    static boolean isReopen(RequestStatus from, RequestStatus to) {
        return from == RESOLVED && to.isOpen();
    }
}
