package org.helpline.notify;

/** A message could not be handed over; a permanent failure is not retried. */
public class DeliveryFailedException extends RuntimeException {

    private final boolean permanent;

    public DeliveryFailedException(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    public DeliveryFailedException(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
