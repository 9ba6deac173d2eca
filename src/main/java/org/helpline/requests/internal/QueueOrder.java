package org.helpline.requests.internal;

/**
 * How an agent's queue is sorted: by the nearest deadline (the queue's own order, paged by
 * keyset), by severity (most severe first, then the nearest deadline) or by the latest change.
 */
public enum QueueOrder {
    DUE("r.queue_due_at asc nulls last, r.received_at asc, r.id asc"),
    SEVERITY("r.severity asc, r.queue_due_at asc nulls last, r.received_at asc, r.id asc"),
    UPDATED("r.updated_at desc, r.id desc");

    private final String sql;

    QueueOrder(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
