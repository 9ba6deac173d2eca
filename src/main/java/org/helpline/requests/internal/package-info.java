/**
 * The requests module's internals: intake and lifecycle rules, who sees which request, the
 * repositories (JdbcClient with explicit SQL) and the reactions to the sla module's events.
 */
package org.helpline.requests.internal;
