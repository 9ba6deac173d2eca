package org.helpline.notify.internal;

/** A message could not be handed over; a permanent failure is not retried. */
class DeliveryFailedException extends RuntimeException {

    private final boolean permanent;

    DeliveryFailedException(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    DeliveryFailedException(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
