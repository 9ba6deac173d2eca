package org.helpline.contact.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An expected wait as shown to a customer, stored under {@code estimateId} with the inputs it was
 * made from. When {@code noEstimateReason} is set the seconds are null and the words say "no
 * estimate right now". {@code wordsKey} and {@code wordsArgs} render it in plain words through the
 * {@code contact} message bundle ("about 10 to 20 minutes").
 */
public record WaitTime(
        UUID estimateId,
        ContactOption method,
        String language,
        Instant shownAt,
        String noEstimateReason,
        Double expectedSeconds,
        Long lowSeconds,
        Long highSeconds,
        Double probabilityOfWaiting,
        String wordsKey,
        List<Object> wordsArgs,
        Inputs inputs) {

    /** What the estimate was made from, measured on live data of the queue. */
    public record Inputs(
            int arrivals,
            long windowSeconds,
            double arrivalsPerHour,
            int completedContacts,
            double meanHandleSeconds,
            double handleCv,
            int agents,
            int freeAgents,
            int position,
            long lookaheadSeconds,
            double steadyStateWeight) {}

    public boolean available() {
        return noEstimateReason == null;
    }
}
