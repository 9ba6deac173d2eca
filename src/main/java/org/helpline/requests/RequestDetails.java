package org.helpline.requests;

import java.util.List;
import org.helpline.sla.SlaState;

/** A request with the messages and history its reader may see, and its SLA clocks and timeline. */
public record RequestDetails(
        ServiceRequest request, List<RequestMessage> messages, List<HistoryEntry> history, SlaState sla) {}
