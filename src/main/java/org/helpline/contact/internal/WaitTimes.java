package org.helpline.contact.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.helpline.contact.internal.estimate.EstimateInputs;
import org.helpline.contact.internal.estimate.EstimatorSettings;
import org.helpline.contact.internal.estimate.WaitEstimate;
import org.helpline.contact.internal.estimate.WaitTimeEstimator;
import org.helpline.contact.internal.estimate.WaitWords;
import org.springframework.stereotype.Component;

/**
 * Measures a queue and estimates a wait in it: arrivals in the sliding window, handle times of the
 * latest completed callbacks of the organisation (and partner), agents of the queue not away and
 * available, and the place in line.
 */
@Component
class WaitTimes {

    private final Callbacks callbacks;
    private final Agents agents;
    private final ContactProperties properties;
    private final WaitTimeEstimator estimator;
    private final Clock clock;

    WaitTimes(Callbacks callbacks, Agents agents, ContactProperties properties, Clock clock) {
        this.callbacks = callbacks;
        this.agents = agents;
        this.properties = properties;
        this.clock = clock;
        this.estimator = new WaitTimeEstimator(new EstimatorSettings(
                properties.minCompletedContacts(),
                properties.minArrivals(),
                properties.coverage(),
                properties.modelError(),
                properties.staffingError()));
    }

    /**
     * The wait for {@code method} in {@code queue}: a phone call uses the steady state; a new callback
     * joins behind {@code ahead} contacts after the pane's lookahead; a filed one ({@code filed}) is in line.
     */
    public WaitTime estimate(QueueKey queue, ContactOption method, int ahead, boolean filed) {
        var now = clock.instant();
        var handles = callbacks.recentHandleTimes(
                queue.organisationId(),
                queue.partnerId(),
                now.minus(properties.handleWindow()),
                properties.handleSample());
        int[] staffing = agents.staffing(queue.organisationId(), queue.partnerId(), queue.language());
        int position = method == ContactOption.PHONE ? 0 : ahead + 1;
        long lookahead = method == ContactOption.CALLBACK && !filed
                ? properties.paneLookahead().toSeconds()
                : 0;
        var inputs = new EstimateInputs(
                callbacks.arrivals(queue, now.minus(properties.arrivalWindow())),
                properties.arrivalWindow().toSeconds(),
                handles.size(),
                mean(handles),
                cv(handles),
                staffing[0],
                staffing[1],
                position,
                lookahead);
        return view(method, queue.language(), now, inputs, estimator.estimate(inputs));
    }

    private static WaitTime view(
            ContactOption method, String language, Instant now, EstimateInputs in, WaitEstimate e) {
        var words = WaitWords.of(e);
        var inputs = new WaitTime.Inputs(
                in.arrivals(),
                in.windowSeconds(),
                in.arrivalRate() * 3600,
                in.completedContacts(),
                in.meanHandleSeconds(),
                in.handleCv(),
                in.agents(),
                in.freeAgents(),
                in.position(),
                in.lookaheadSeconds(),
                e.steadyStateWeight());
        if (!e.available()) {
            return new WaitTime(
                    UUID.randomUUID(),
                    method,
                    language,
                    now,
                    e.reason().name(),
                    null,
                    null,
                    null,
                    null,
                    words.key(),
                    List.of(),
                    inputs);
        }
        Double pWait = Double.isNaN(e.probabilityOfWaiting()) ? null : e.probabilityOfWaiting();
        return new WaitTime(
                UUID.randomUUID(),
                method,
                language,
                now,
                null,
                (double) Math.round(e.pointSeconds()),
                e.lowSeconds(),
                e.highSeconds(),
                pWait,
                words.key(),
                Arrays.asList(words.args()),
                inputs);
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    private static double cv(List<Integer> values) {
        if (values.size() < 2) {
            return 0;
        }
        double mean = mean(values);
        double squares =
                values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return mean == 0 ? 0 : Math.sqrt(squares / (values.size() - 1)) / mean;
    }
}
