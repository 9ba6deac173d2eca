package org.helpline.demo.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.helpline.contact.AgentManagement;
import org.helpline.contact.internal.Presence;
import org.helpline.demo.internal.DemoCast.Cast;
import org.helpline.health.ServiceHealth;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.surveys.SurveyAnswers;
import org.helpline.tenancy.TenantManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Writes the demo's past: {@code helpline.demo.history-days} days before now of requests by the
 * three demo tenants (fewer at weekends, mostly in their office hours), their handling, callbacks,
 * surveys and service health incidents, step by step in time order through the modules' services,
 * with every clock set to each step's instant. The same seed writes the same history. Everything the
 * modules project from their events (dashboard, wait-time statistics) is written in each step's
 * transaction, so it is complete when this returns.
 */
@Component
@ConditionalOnProperty(name = "helpline.demo-data", havingValue = "true")
@ConditionalOnExpression("${helpline.demo.history-days:90} > 0")
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    /** Two threads: the machine the first start must be quick on has two cores. */
    private static final int LANES = 2;

    private final RequestManagement requests;
    private final AgentManagement agents;
    private final SurveyAnswers surveys;
    private final ServiceHealth health;
    private final TenantManagement tenants;
    private final HistoryClock historyClock;
    private final Clock clock;
    private final DemoProperties properties;

    DemoHistory(
            RequestManagement requests,
            AgentManagement agents,
            SurveyAnswers surveys,
            ServiceHealth health,
            TenantManagement tenants,
            HistoryClock historyClock,
            Clock clock,
            DemoProperties properties) {
        this.requests = requests;
        this.agents = agents;
        this.surveys = surveys;
        this.health = health;
        this.tenants = tenants;
        this.historyClock = historyClock;
        this.clock = clock;
        this.properties = properties;
    }

    void write(Cast cast) {
        long began = System.nanoTime();
        var now = clock.instant();
        var people = new DemoPeople(tenants, requests);
        var lanes = lanes(people.desks(cast));
        var authors = people.principals(cast.healthAuthors());
        var threads = new AtomicInteger();
        var executor = Executors.newFixedThreadPool(lanes.size(), task -> {
            var thread = new Thread(task, "demo-history-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            var written = new ArrayList<CompletableFuture<Timeline>>();
            for (int i = 0; i < lanes.size(); i++) {
                var lane = lanes.get(i);
                var theirAuthors = authors.stream()
                        .filter(author -> firstLaneOf(lanes, author.organisationId()) == lane)
                        .toList();
                long seed = properties.seed() + i;
                written.add(CompletableFuture.supplyAsync(() -> writeLane(lane, theirAuthors, now, seed), executor));
            }
            var timelines = written.stream().map(CompletableFuture::join).toList();
            log.info(
                    "Wrote {} days of demo history in {} ms: {} steps in {} lanes (taking {} ms), {} refused",
                    properties.historyDays(),
                    Duration.ofNanos(System.nanoTime() - began).toMillis(),
                    timelines.stream().mapToInt(Timeline::ran).sum(),
                    lanes.size(),
                    timelines.stream()
                            .map(timeline -> String.valueOf(timeline.took().toMillis()))
                            .toList(),
                    timelines.stream().mapToInt(Timeline::refused).sum());
        } finally {
            executor.shutdown();
        }
    }

    /**
     * One lane of the history on its own thread: its tenants' requests and its organisations'
     * incidents. Lanes share no agent's callbacks, so they never wait for each other's steps.
     */
    private Timeline writeLane(List<Desk> desks, List<HelplineUser> authors, Instant now, long seed) {
        var first = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(properties.historyDays());
        var timeline = new Timeline(historyClock, now.minusSeconds(60));
        var random = new Random(seed);
        var stories = new RequestStories(requests, agents, surveys, historyClock, timeline, random);
        var start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (var desk : desks) {
            var agent = desk.callbackAgent();
            timeline.at(start, agent, () -> agents.changePresence(agent, Presence.AVAILABLE));
        }
        for (var day = first; !day.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC)); day = day.plusDays(1)) {
            for (var desk : desks) {
                fileDay(stories, desk, day, random);
            }
        }
        new Incidents(health, timeline, random).plan(first, now, authors, desks, stories);
        timeline.run();
        return timeline;
    }

    /**
     * The desks split in {@link #LANES} lanes of about the same volume; desks called back by the
     * same agent stay in one lane, as one agent takes one call at a time.
     */
    static List<List<Desk>> lanes(List<Desk> desks) {
        var byAgent = new LinkedHashMap<UUID, List<Desk>>();
        desks.forEach(desk -> byAgent.computeIfAbsent(desk.callbackAgent().id(), id -> new ArrayList<>())
                .add(desk));
        var groups = new ArrayList<>(byAgent.values());
        groups.sort(Comparator.comparingDouble(DemoHistory::share).reversed());
        var lanes = new ArrayList<List<Desk>>();
        for (var group : groups) {
            if (lanes.size() < LANES) {
                lanes.add(new ArrayList<>(group));
            } else {
                lanes.stream()
                        .min(Comparator.comparingDouble(DemoHistory::share))
                        .orElseThrow()
                        .addAll(group);
            }
        }
        return lanes;
    }

    private static double share(List<Desk> desks) {
        return desks.stream().mapToDouble(Desk::share).sum();
    }

    private static List<Desk> firstLaneOf(List<List<Desk>> lanes, String organisationId) {
        return lanes.stream()
                .filter(lane -> lane.stream()
                        .anyMatch(desk -> desk.profile().organisationId().equals(organisationId)))
                .findFirst()
                .orElse(List.of());
    }

    /** The day's requests of one tenant: its share of the volume, a quarter of it at weekends. */
    private void fileDay(RequestStories stories, Desk desk, LocalDate day, Random random) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        double expected =
                properties.requestsPerDay() * desk.share() * (weekend ? 0.25 : 1) * (0.7 + 0.6 * random.nextDouble());
        int count = (int) Math.round(expected);
        var problems = desk.lines().problems().stream()
                .filter(problem -> !desk.allowed()
                        .getOrDefault(problem.category(), List.of())
                        .isEmpty())
                .toList();
        for (int i = 0; i < count; i++) {
            var problem = problems.get(random.nextInt(problems.size()));
            stories.file(desk, problem, during(day, desk.profile().zone(), random));
        }
    }

    /** Mostly office hours (08:00-18:00) in the tenant's zone, sometimes any time of day. */
    static Instant during(LocalDate day, ZoneId zone, Random random) {
        int minute = random.nextDouble() < 0.85 ? 8 * 60 + random.nextInt(10 * 60) : random.nextInt(24 * 60);
        return day.atTime(LocalTime.MIN.plusMinutes(minute)).atZone(zone).toInstant();
    }
}
