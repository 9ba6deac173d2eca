package org.helpline.benchmarks;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.helpline.contact.internal.estimate.EstimateInputs;
import org.helpline.contact.internal.estimate.PublishedRange;
import org.helpline.contact.internal.estimate.WaitEstimate;
import org.helpline.contact.internal.estimate.WaitTimeEstimator;

/**
 * A discrete-event simulation of one callback queue, first come first served. Admins look at the
 * contact pane (a Poisson stream), file a while later (exponential, mean {@link #FILING_DELAY}
 * seconds; so filings are Poisson too) and wait for an agent. Each contact gets the pane estimate
 * at viewing and the in-line estimate at filing from the real {@link WaitTimeEstimator}, fed with
 * what the module measures: arrivals in the last hour, the last 100 handle times, agents on duty
 * and free, the place in line. The naive estimate is {@code (place - free agents) × mean handle
 * time / agents on duty}, published as half to one and a half times that.
 */
final class ContactCenterSimulator {

    static final long FILING_DELAY = 120;
    private static final long WINDOW = 3600;
    private static final int HANDLE_SAMPLE = 100;
    private static final int WARM_UP = 1500;

    private final WaitTimeScenario scenario;
    private final WaitTimeEstimator estimator;
    private final int measured;
    private final SplittableRandom random;
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final ArrayDeque<Contact> line = new ArrayDeque<>();
    private final ArrayDeque<Double> arrivals = new ArrayDeque<>();
    private final double[] handles = new double[HANDLE_SAMPLE];
    private final boolean[] onDuty;
    private final boolean[] busy;
    private final boolean[] leaving;
    private final double[] started;
    private int handleCount;
    private int viewed;
    private int outstanding;
    private double now;

    final Results results = new Results();

    /** Accuracy of both estimators at filing (in line) and in the pane (before filing). */
    static final class Results {
        final WaitTimeAccuracy filed = new WaitTimeAccuracy();
        final WaitTimeAccuracy filedNaive = new WaitTimeAccuracy();
        final WaitTimeAccuracy pane = new WaitTimeAccuracy();
        final WaitTimeAccuracy paneNaive = new WaitTimeAccuracy();
        int withoutEstimate;
    }

    private enum Kind {
        VIEW,
        ARRIVAL,
        COMPLETION,
        AWAY,
        BACK
    }

    private record Event(double at, Kind kind, int agent, Contact contact) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            return Double.compare(at, other.at);
        }
    }

    private static final class Contact {
        final boolean measured;
        double arrivedAt;
        WaitEstimate pane;
        double paneNaive;
        WaitEstimate filed;
        double filedNaive;

        Contact(boolean measured) {
            this.measured = measured;
        }
    }

    ContactCenterSimulator(WaitTimeScenario scenario, WaitTimeEstimator estimator, int measured) {
        this.scenario = scenario;
        this.estimator = estimator;
        this.measured = measured;
        this.random = new SplittableRandom(scenario.seed());
        int n = scenario.agents();
        onDuty = new boolean[n];
        busy = new boolean[n];
        leaving = new boolean[n];
        started = new double[n];
    }

    Results run() {
        for (int agent = 0; agent < scenario.agents(); agent++) {
            onDuty[agent] = true;
            schedule(exponential(WaitTimeScenario.ON_DUTY_SECONDS), Kind.AWAY, agent, null);
        }
        schedule(exponential(1 / scenario.arrivalRate()), Kind.VIEW, -1, null);
        while (!events.isEmpty() && (viewed < WARM_UP + measured || outstanding > 0)) {
            var event = events.poll();
            now = event.at();
            switch (event.kind()) {
                case VIEW -> view();
                case ARRIVAL -> arrive(event.contact());
                case COMPLETION -> complete(event.agent());
                case AWAY -> away(event.agent());
                case BACK -> back(event.agent());
            }
        }
        return results;
    }

    private void view() {
        viewed++;
        var contact = new Contact(viewed > WARM_UP && viewed <= WARM_UP + measured);
        outstanding += contact.measured ? 1 : 0;
        contact.pane = estimator.estimate(inputs(FILING_DELAY));
        contact.paneNaive = naive();
        schedule(now + exponential(FILING_DELAY), Kind.ARRIVAL, -1, contact);
        if (viewed < WARM_UP + measured) {
            schedule(now + exponential(1 / scenario.arrivalRate()), Kind.VIEW, -1, null);
        }
    }

    private void arrive(Contact contact) {
        contact.arrivedAt = now;
        contact.filed = estimator.estimate(inputs(0));
        contact.filedNaive = naive();
        arrivals.addLast(now);
        int agent = freeAgent();
        if (agent >= 0) {
            serve(agent, contact);
        } else {
            line.addLast(contact);
        }
    }

    private void complete(int agent) {
        handles[handleCount % HANDLE_SAMPLE] = now - started[agent];
        handleCount++;
        busy[agent] = false;
        if (leaving[agent]) {
            leaving[agent] = false;
            goAway(agent);
        } else if (!line.isEmpty()) {
            serve(agent, line.pollFirst());
        }
    }

    private void away(int agent) {
        if (busy[agent]) {
            leaving[agent] = true;
        } else {
            goAway(agent);
        }
    }

    private void goAway(int agent) {
        onDuty[agent] = false;
        schedule(now + exponential(WaitTimeScenario.AWAY_SECONDS), Kind.BACK, agent, null);
    }

    private void back(int agent) {
        onDuty[agent] = true;
        schedule(now + exponential(WaitTimeScenario.ON_DUTY_SECONDS), Kind.AWAY, agent, null);
        if (!line.isEmpty()) {
            serve(agent, line.pollFirst());
        }
    }

    private void serve(int agent, Contact contact) {
        busy[agent] = true;
        started[agent] = now;
        schedule(now + scenario.law().draw(random), Kind.COMPLETION, agent, null);
        if (contact.measured) {
            record(contact, now - contact.arrivedAt);
            outstanding--;
        }
    }

    private void record(Contact contact, double wait) {
        if (!contact.filed.available() || !contact.pane.available()) {
            results.withoutEstimate++;
            return;
        }
        add(results.filed, results.filedNaive, contact.filed, contact.filedNaive, wait);
        add(results.pane, results.paneNaive, contact.pane, contact.paneNaive, wait);
    }

    private static void add(
            WaitTimeAccuracy ours, WaitTimeAccuracy naive, WaitEstimate estimate, double naivePoint, double wait) {
        ours.add(estimate.pointSeconds(), estimate.lowSeconds(), estimate.highSeconds(), wait);
        long[] naiveRange = PublishedRange.outward(naivePoint * 0.5, naivePoint * 1.5);
        naive.add(naivePoint, naiveRange[0], naiveRange[1], wait);
    }

    private EstimateInputs inputs(long lookahead) {
        while (!arrivals.isEmpty() && arrivals.peekFirst() < now - WINDOW) {
            arrivals.pollFirst();
        }
        int n = Math.min(handleCount, HANDLE_SAMPLE);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            sum += handles[i];
            squares += handles[i] * handles[i];
        }
        double mean = n == 0 ? 0 : sum / n;
        double cv = n < 2 ? 0 : Math.sqrt(Math.max(0, squares / n - mean * mean) * n / (n - 1)) / mean;
        return new EstimateInputs(
                arrivals.size(), WINDOW, n, mean, cv, agentsOnDuty(), freeAgentCount(), line.size() + 1, lookahead);
    }

    private double naive() {
        int n = Math.min(handleCount, HANDLE_SAMPLE);
        int agents = agentsOnDuty();
        if (n == 0 || agents == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += handles[i];
        }
        return Math.max(0, line.size() + 1 - freeAgentCount()) * (sum / n) / agents;
    }

    private int freeAgent() {
        for (int agent = 0; agent < onDuty.length; agent++) {
            if (onDuty[agent] && !busy[agent]) {
                return agent;
            }
        }
        return -1;
    }

    private int agentsOnDuty() {
        int count = 0;
        for (boolean on : onDuty) {
            count += on ? 1 : 0;
        }
        return count;
    }

    private int freeAgentCount() {
        int count = 0;
        for (int agent = 0; agent < onDuty.length; agent++) {
            count += onDuty[agent] && !busy[agent] ? 1 : 0;
        }
        return count;
    }

    private void schedule(double at, Kind kind, int agent, Contact contact) {
        events.add(new Event(at, kind, agent, contact));
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
