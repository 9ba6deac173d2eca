package org.helpline.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.helpline.contact.AgentManagement;
import org.helpline.demo.internal.Phrasebook.Problem;
import org.helpline.requests.Channel;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.ContactMethod;
import org.helpline.requests.HandledBy;
import org.helpline.requests.NewMessage;
import org.helpline.requests.OpenRequest;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Severity;
import org.helpline.shared.StaleEditException;
import org.helpline.surveys.SurveyAnswer;
import org.helpline.surveys.SurveyAnswers;

/**
 * The life of one demo request, planned step by step on the {@link Timeline}: filed by the tenant's
 * admin, taken by an agent, answered in time or late against the deadline sla gave it, sometimes a
 * question to the customer and their answer, resolved, often rated, sometimes closed; a customer
 * who prefers the phone is called back first. Each step uses the service a person's click would.
 */
final class RequestStories {

    private final RequestManagement requests;
    private final AgentManagement agents;
    private final SurveyAnswers surveys;
    private final HistoryClock clock;
    private final Timeline timeline;
    private final Random random;

    RequestStories(
            RequestManagement requests,
            AgentManagement agents,
            SurveyAnswers surveys,
            HistoryClock clock,
            Timeline timeline,
            Random random) {
        this.requests = requests;
        this.agents = agents;
        this.surveys = surveys;
        this.clock = clock;
        this.timeline = timeline;
        this.random = random;
    }

    /** Plans a request of {@code desk}'s tenant about {@code problem} at {@code at}. */
    void file(Desk desk, Problem problem, Instant at) {
        timeline.at(at, desk.admin(), () -> open(desk, problem, at));
    }

    /** What a severity A problem costs the tenant, as its admin states it in the tenant's language. */
    private static String businessImpact(Desk desk) {
        return switch (desk.profile().language().getLanguage()) {
            case "pl" -> "Cała firma nie może pracować z klientami; każda godzina przestoju to utracone zamówienia.";
            case "zh" -> "全公司无法与客户沟通，每停机一小时都会造成订单损失。";
            default -> "The whole company cannot work with its customers; every hour of outage loses orders.";
        };
    }

    private void open(Desk desk, Problem problem, Instant at) {
        var severity = severity(desk.severities(problem.category()));
        boolean byPhone = severity == Severity.A || random.nextDouble() < desk.phoneShare();
        var contact = new ContactDetails(
                severity == Severity.A ? desk.admin().name() : null,
                byPhone ? desk.phone() : null,
                desk.admin().login(),
                byPhone ? ContactMethod.PHONE : ContactMethod.EMAIL,
                null,
                severity == Severity.A ? Boolean.TRUE : null);
        boolean toPartner = desk.partnerAgent() != null && (byPhone || random.nextDouble() < 0.3);
        var command = new OpenRequest(
                problem.category(),
                problem.serviceId(),
                problem.classification(),
                problem.title(),
                problem.description(),
                severity,
                toPartner ? HandledBy.PARTNER : HandledBy.PROVIDER,
                contact,
                severity == Severity.A ? businessImpact(desk) : null);
        var channel = random.nextDouble() < 0.1 ? Channel.API : Channel.PORTAL;
        var filed = requests.open(desk.admin(), command, channel, null);
        var agent = toPartner ? desk.partnerAgent() : pick(desk.agents());
        var due = filed.sla().firstResponseDue();
        var story = new Story(desk, agent, filed.request(), due);
        if (byPhone) {
            var callbackAgent = desk.callbackAgent();
            var calledBack = at.plus(minutes(2, 25));
            timeline.at(calledBack, callbackAgent, () -> callBack(callbackAgent, calledBack));
        }
        var responded =
                random.nextDouble() < 0.87 || due == null ? at.plus(minutes(10, 360)) : due.plus(minutes(10, 18 * 60));
        if (due != null && responded.isAfter(due) && random.nextDouble() < 0.87) {
            responded = at.plus(Duration.between(at, due).multipliedBy(3).dividedBy(4));
        }
        var assigned = at.plus(Duration.between(at, responded).dividedBy(3));
        timeline.at(
                assigned, agent, () -> story.act(version -> requests.assign(agent, story.id(), agent.id(), version)));
        var respondedAt = responded;
        timeline.at(respondedAt, agent, () -> {
            story.write(agent, desk.lines().firstReplies());
            afterFirstResponse(story, respondedAt);
        });
    }

    private void afterFirstResponse(Story story, Instant at) {
        var lines = story.desk().lines();
        if (story.request().severity() != Severity.A && random.nextDouble() < 0.15) {
            var asked = at.plus(minutes(30, 240));
            var answered = asked.plus(minutes(60, 20 * 60));
            timeline.at(asked, story.agent(), () -> {
                story.write(story.agent(), lines.questions());
                story.move(RequestStatus.AWAITING_CUSTOMER, null);
            });
            timeline.at(answered, story.desk().admin(), () -> {
                story.write(story.desk().admin(), lines.customerAnswers());
                resolveLater(story, answered);
            });
            return;
        }
        resolveLater(story, at);
    }

    private void resolveLater(Story story, Instant after) {
        var resolved = story.request().severity() == Severity.A
                ? after.plus(minutes(20, 100))
                : after.plus(minutes(60, 52 * 60));
        timeline.at(resolved, story.agent(), () -> {
            story.move(RequestStatus.RESOLVED, pick(story.desk().lines().resolutions()));
            afterResolution(story, resolved);
        });
    }

    private void afterResolution(Story story, Instant resolved) {
        var desk = story.desk();
        if (random.nextDouble() < 0.45) {
            int rating = rating(story.late());
            var comments = desk.lines().comments();
            var comment = random.nextDouble() < 0.4 ? comments.get(rating >= 4 ? random.nextInt(2) : 2) : null;
            timeline.at(
                    resolved.plus(minutes(30, 48 * 60)),
                    desk.admin(),
                    () -> surveys.answerOfRequest(
                            desk.profile().id(), story.id(), new SurveyAnswer(rating, Set.of(), Set.of(), comment)));
        }
        // Within the week after which routine automation closes a resolved request
        // (helpline.automation.close-resolved-after-days), so that no request of the past is left
        // for it to close, with an e-mail, on the first start.
        timeline.at(
                resolved.plus(minutes(2 * 24 * 60, 6 * 24 * 60)),
                story.agent(),
                () -> story.move(RequestStatus.CLOSED, null));
    }

    /** Takes the next callback offered to the agent, talks, wraps up and completes it. */
    private void callBack(HelplineUser agent, Instant accepted) {
        var callback = agents.acceptNext(agent);
        var ended = accepted.plus(minutes(3, 16));
        clock.travelTo(ended);
        agents.endCall(agent, callback.id());
        clock.travelTo(ended.plus(minutes(1, 6)));
        agents.complete(agent, callback.id());
    }

    /** Mostly content customers; one whose first answer came late rates lower. */
    private int rating(boolean late) {
        double draw = random.nextDouble() + (late ? 0.3 : 0);
        if (draw < 0.45) {
            return 5;
        }
        if (draw < 0.8) {
            return 4;
        }
        return draw < 0.92 ? 3 : 1 + random.nextInt(2);
    }

    private Severity severity(List<Severity> allowed) {
        double draw = random.nextDouble();
        var wanted = draw < 0.04 ? Severity.A : draw < 0.4 ? Severity.B : Severity.C;
        return allowed.contains(wanted) ? wanted : allowed.get(allowed.size() - 1);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private Duration minutes(int least, int most) {
        return Duration.ofMinutes(least + random.nextInt(most - least + 1));
    }

    /** A request as its story knows it: the version the next step sends back. */
    private final class Story {

        private final Desk desk;
        private final HelplineUser agent;
        private final Instant due;
        private ServiceRequest request;

        Story(Desk desk, HelplineUser agent, ServiceRequest request, Instant due) {
            this.desk = desk;
            this.agent = agent;
            this.request = request;
            this.due = due;
        }

        Desk desk() {
            return desk;
        }

        HelplineUser agent() {
            return agent;
        }

        ServiceRequest request() {
            return request;
        }

        UUID id() {
            return request.id();
        }

        boolean late() {
            return due != null
                    && request.firstResponseAt() != null
                    && request.firstResponseAt().isAfter(due);
        }

        /** {@code writer} adds one of {@code lines} to the thread. */
        void write(HelplineUser writer, List<String> lines) {
            var body = pick(lines);
            act(version -> requests.addMessage(writer, id(), new NewMessage(body, false, null, version)));
        }

        /** The agent moves the request, saying why when {@code reason} is not null. */
        void move(RequestStatus status, String reason) {
            act(version -> requests.changeStatus(agent, id(), status, reason, version));
        }

        /**
         * Does {@code change} with the version last seen; when sla's timers changed the request
         * meanwhile (a breach noted in its history), reads it again and does it once more.
         */
        void act(Function<Long, ServiceRequest> change) {
            try {
                request = change.apply(request.version());
            } catch (StaleEditException e) {
                request = requests.request(agent, id()).request();
                request = change.apply(request.version());
            }
        }
    }
}
