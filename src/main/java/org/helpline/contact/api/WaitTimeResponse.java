package org.helpline.contact.api;

import java.time.Instant;
import java.util.UUID;
import org.helpline.contact.internal.WaitTime;

/** An expected wait as the API gives it: seconds, the range, plain words in the asked language, and the inputs. */
record WaitTimeResponse(
        UUID estimateId,
        String method,
        String language,
        Instant shownAt,
        boolean available,
        String noEstimateReason,
        Double expectedSeconds,
        Long lowSeconds,
        Long highSeconds,
        Double probabilityOfWaiting,
        String words,
        WaitTime.Inputs inputs) {

    static WaitTimeResponse of(WaitTime wait, String words) {
        return new WaitTimeResponse(
                wait.estimateId(),
                wait.method().name(),
                wait.language(),
                wait.shownAt(),
                wait.available(),
                wait.noEstimateReason(),
                wait.expectedSeconds(),
                wait.lowSeconds(),
                wait.highSeconds(),
                wait.probabilityOfWaiting(),
                words,
                wait.inputs());
    }
}
