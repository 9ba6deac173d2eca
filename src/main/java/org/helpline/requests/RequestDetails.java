package org.helpline.requests;

import java.util.List;
import org.helpline.sla.SlaState;

/**
 * A request with the messages and history its reader may see, and its SLA clocks and timeline;
 * {@code files} are those filed with the request itself (each message carries its own).
 */
public record RequestDetails(
        ServiceRequest request,
        List<RequestMessage> messages,
        List<HistoryEntry> history,
        SlaState sla,
        List<RequestAttachment> files) {

    public RequestDetails {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public RequestDetails(
            ServiceRequest request, List<RequestMessage> messages, List<HistoryEntry> history, SlaState sla) {
        this(request, messages, history, sla, List.of());
    }
}
