package org.helpline.contact.internal;

/**
 * What an agent sees: their presence, the callback they are working on (or null), and the next
 * callback offered to them (null unless they are available and one matches their skills).
 */
public record AgentDesk(AgentStatus agent, Callback active, Callback offered) {}
