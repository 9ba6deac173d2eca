package org.helpline.platform;

/**
 * Marks the thread that writes the past (the demo history) through the modules' own services.
 * Nobody is told now of what happened then: while a thread writes history, the outbox leaves out
 * the e-mails and texts its steps would have sent, and a sender may skip composing them.
 */
public final class HistoryWriting {

    private static final ThreadLocal<Boolean> WRITING = new ThreadLocal<>();

    private HistoryWriting() {}

    /** Whether the current thread is writing history. */
    public static boolean inProgress() {
        return WRITING.get() != null;
    }

    /** Runs {@code writer} on this thread as history. */
    public static void run(Runnable writer) {
        if (inProgress()) {
            writer.run();
            return;
        }
        WRITING.set(Boolean.TRUE);
        try {
            writer.run();
        } finally {
            WRITING.remove();
        }
    }
}
