package org.helpline.phone.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.notify.Outbox;
import org.helpline.notify.OutgoingMessage;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies callers by code and answers whether an agent may open a tenant's account.
 *
 * <p>Security decisions: a code is 8 digits from a CSPRNG, goes only to an address registered
 * in the tenant's profile, and is stored only as a keyed hash; it is valid for 10 minutes and
 * once; a new code replaces the old one; the fifth wrong entry ends the challenge; sends are
 * limited per tenant, per caller number and per agent; codes are compared in constant time; no
 * code is returned, logged or audited. The call row is locked for each step, so concurrent
 * entries are counted one by one, and a send locks each of its limits before it counts them
 * ({@link SendLimits}), so concurrent sends on any node never pass a limit together.
 *
 * <p>A refusal ({@link CallRefusedException}) comes before any change, so its audit entry is
 * written in the step's own transaction, which then commits: recording it in a second one would
 * take a second connection while the limits are locked, and sends queued behind those locks could
 * hold every other connection of the pool. Other modules (requests filed by phone) call
 * {@link #requireGrant}.
 */
@Service
public class CallerVerification {

    static final String EMAIL_TEMPLATE = "phone/mail/verification-code";
    static final String TEXT_TEMPLATE = "phone/text/verification-code";
    static final String SUBJECT = "phone.mail.code.subject";

    private final Calls calls;
    private final Challenges challenges;
    private final CodeHasher codes;
    private final Outbox outbox;
    private final TenantManagement tenancy;
    private final AuditTrail auditTrail;
    private final SendLimits limits;
    private final PhoneProperties properties;
    private final RequestManagement requests;
    private final Clock clock;

    CallerVerification(
            Calls calls,
            Challenges challenges,
            CodeHasher codes,
            Outbox outbox,
            TenantManagement tenancy,
            AuditTrail auditTrail,
            SendLimits limits,
            PhoneProperties properties,
            RequestManagement requests,
            Clock clock) {
        this.calls = calls;
        this.challenges = challenges;
        this.codes = codes;
        this.outbox = outbox;
        this.tenancy = tenancy;
        this.auditTrail = auditTrail;
        this.limits = limits;
        this.properties = properties;
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * Sends a new code to a registered destination of the call's tenant ({@code destinationId},
     * or the first of the channel when null), replacing any open one.
     */
    @Transactional(noRollbackFor = CallRefusedException.class)
    public SentCode sendCode(HelplineUser agent, UUID callId, VerificationChannel channel, UUID destinationId) {
        var call = openCall(agent, callId);
        var now = clock.instant();
        if (call.grantActive(now)) {
            throw refuse(call, AuditDetails.of("reason", "ALREADY_VERIFIED"), CallRefusedException.alreadyVerified());
        }
        var profile = profile(agent, call);
        var recipient = recipient(profile, channel, destinationId);
        var masked = channel == VerificationChannel.EMAIL
                ? Masks.email(recipient.address())
                : Masks.phone(recipient.address());
        checkLimits(call, masked);
        challenges.replaceOpen(call.tenantId(), call.id());
        var id = UUID.randomUUID();
        var code = codes.newCode();
        var expires = now.plus(properties.codeValidity());
        var messageId = outbox.enqueue(message(channel, recipient.address(), profile)
                .withSecret("code", code)
                .notAfter(expires));
        challenges.insert(new ChallengeRecord(
                call.tenantId(),
                id,
                call.id(),
                call.agentId(),
                call.callerE164(),
                channel,
                recipient.id(),
                masked,
                codes.hash(id, code),
                now,
                expires,
                0,
                ChallengeRecord.OPEN,
                messageId));
        auditTrail.record(
                "phone.code-sent",
                call.tenantId(),
                profile.name(),
                AuditDetails.of("channel", channel).and("to", masked).and("valid until", expires));
        return new SentCode(id, channel, masked, expires);
    }

    /** Checks the code the caller read back; the right code grants access for the rest of the call. */
    @Transactional(noRollbackFor = CallRefusedException.class)
    public Confirmation confirm(HelplineUser agent, UUID callId, String code) {
        if (code == null || !code.strip().matches("[0-9]{8}")) {
            throw new InvalidInputException("code", "must be the 8 digits the caller reads out");
        }
        var call = openCall(agent, callId);
        var now = clock.instant();
        var latest = challenges.latest(call.tenantId(), call.id()).orElse(null);
        if (latest == null || !ChallengeRecord.OPEN.equals(latest.state())) {
            var outcome = latest != null && ChallengeRecord.FAILED.equals(latest.state())
                    ? Confirmation.Outcome.TOO_MANY_TRIES
                    : Confirmation.Outcome.NO_OPEN_CHALLENGE;
            return rejected(call, outcome, null, now);
        }
        if (!now.isBefore(latest.expiresAt())) {
            challenges.setState(latest, ChallengeRecord.EXPIRED);
            return rejected(call, Confirmation.Outcome.EXPIRED, null, now);
        }
        if (!codes.matches(latest.id(), code.strip(), latest.codeHash())) {
            var tries = challenges.wrongTry(latest, properties.maxWrongTries());
            var left = properties.maxWrongTries() - tries;
            return left <= 0
                    ? rejected(call, Confirmation.Outcome.TOO_MANY_TRIES, 0, now)
                    : rejected(call, Confirmation.Outcome.WRONG_CODE, left, now);
        }
        challenges.setState(latest, ChallengeRecord.CONFIRMED);
        var expires = now.plus(properties.grantDuration());
        calls.grant(call, GrantReason.CODE_CONFIRMED, now, expires);
        requests.callerVerified(call.tenantId(), call.id(), call.agentId(), expires);
        auditTrail.record(
                "phone.access-granted",
                call.tenantId(),
                Masks.phone(call.callerE164()),
                AuditDetails.of("reason", GrantReason.CODE_CONFIRMED)
                        .and("code sent to", latest.maskedDestination())
                        .and("until", expires));
        return new Confirmation(
                Confirmation.Outcome.GRANTED, true, null, new Grant(GrantReason.CODE_CONFIRMED, now, expires));
    }

    /** Whether the agent is on a call with the tenant under an active grant. */
    @Transactional(readOnly = true)
    public boolean hasGrant(HelplineUser agent, UUID tenantId) {
        return activeGrant(agent, tenantId).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<ActiveGrant> activeGrant(HelplineUser agent, UUID tenantId) {
        if (agent == null || tenantId == null) {
            return Optional.empty();
        }
        return calls.withActiveGrant(agent.id(), tenantId, clock.instant()).stream()
                .filter(call -> call.organisationId().equals(agent.organisationId()))
                .findFirst()
                .map(call -> new ActiveGrant(
                        call.id(), call.tenantId(), call.agentId(), call.grantReason(), call.grantExpiresAt()));
    }

    /**
     * The agent's active grant for the tenant.
     *
     * @throws VerificationRequiredException when there is none
     */
    @Transactional(readOnly = true)
    public ActiveGrant requireGrant(HelplineUser agent, UUID tenantId) {
        return activeGrant(agent, tenantId).orElseThrow(() -> new VerificationRequiredException(tenantId));
    }

    private Confirmation rejected(CallRecord call, Confirmation.Outcome outcome, Integer triesLeft, Instant now) {
        auditTrail.record(
                "phone.code-rejected",
                call.tenantId(),
                Masks.phone(call.callerE164()),
                AuditDetails.of("outcome", outcome).andIfPresent("tries left", triesLeft));
        return new Confirmation(outcome, false, triesLeft, call.grantAt(now));
    }

    private CallRecord openCall(HelplineUser agent, UUID callId) {
        CallTakers.require(agent);
        var call = calls.lockForAgent(callId, agent.id()).orElseThrow(() -> new NotFoundException("Call", callId));
        if (call.ended()) {
            throw refuse(call, AuditDetails.of("reason", "CALL_ENDED"), CallRefusedException.ended());
        }
        return call;
    }

    /** Locks and checks the limits in the order of {@link SendScope}; the locks last until the send commits. */
    private void checkLimits(CallRecord call, String masked) {
        var since = clock.instant().minus(properties.sendWindow());
        checkLimit(call, masked, SendScope.TENANT, call.tenantId(), properties.sendsPerTenant(), since);
        checkLimit(call, masked, SendScope.CALLER, call.callerE164(), properties.sendsPerCaller(), since);
        checkLimit(call, masked, SendScope.AGENT, call.agentId(), properties.sendsPerAgent(), since);
    }

    private void checkLimit(CallRecord call, String masked, SendScope scope, Object subject, int max, Instant since) {
        if (limits.lockAndCount(scope, subject, since) >= max) {
            throw refuse(
                    call,
                    AuditDetails.of("limit reached", "PER_" + scope)
                            .and("maximum", max)
                            .and("to", masked),
                    new TooManyCodesException(scope.label(), max, properties.sendWindow()));
        }
    }

    private CallRefusedException refuse(CallRecord call, AuditDetails why, CallRefusedException refusal) {
        auditTrail.record("phone.code-refused", call.tenantId(), Masks.phone(call.callerE164()), why);
        return refusal;
    }

    private TenantProfile profile(HelplineUser agent, CallRecord call) {
        return tenancy.findProfileInOrganisation(agent.organisationId(), call.tenantId())
                .orElseThrow(() -> new NotFoundException("Tenant", call.tenantId()));
    }

    /** The registered destination chosen, or the first of the channel when none was named. */
    private static Recipient recipient(TenantProfile profile, VerificationChannel channel, UUID destinationId) {
        if (channel == null) {
            throw new InvalidInputException("channel", "must be EMAIL or SMS");
        }
        var candidates = channel == VerificationChannel.EMAIL
                ? profile.emails().stream().map(e -> new Recipient(e.id(), e.email()))
                : profile.phones().stream().map(p -> new Recipient(p.id(), p.e164()));
        var found = candidates
                .filter(r -> destinationId == null || r.id().equals(destinationId))
                .findFirst();
        return found.orElseThrow(() -> destinationId == null
                ? new InvalidInputException("channel", "the tenant has no registered destination of this kind")
                : new InvalidInputException(
                        "destinationId",
                        channel == VerificationChannel.EMAIL
                                ? "is not a registered e-mail address of the tenant"
                                : "is not a registered phone number of the tenant"));
    }

    private record Recipient(UUID id, String address) {}

    private OutgoingMessage message(VerificationChannel channel, String recipient, TenantProfile profile) {
        var values = Map.of(
                "tenant",
                profile.name(),
                "minutes",
                String.valueOf(properties.codeValidity().toMinutes()));
        var message = channel == VerificationChannel.EMAIL
                ? OutgoingMessage.email(recipient, profile.language(), SUBJECT, EMAIL_TEMPLATE)
                : OutgoingMessage.text(recipient, profile.language(), TEXT_TEMPLATE);
        for (var entry : values.entrySet()) {
            message = message.with(entry.getKey(), entry.getValue());
        }
        return message;
    }
}
