package org.helpline.contact;

import java.util.UUID;

/** An agent at work now (any presence but away) who has the skills a piece of work needs. */
public record AgentAtWork(UUID userId, String name) {}
