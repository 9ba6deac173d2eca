package org.helpline.contact.internal;

import java.util.List;

/** A supervisor's view of one queue: waiting callbacks, agents by presence, the estimate and its recent accuracy. */
record QueueView(
        QueueKey key, List<Callback> waiting, List<AgentStatus> agents, WaitTime estimate, Accuracy accuracy) {}
