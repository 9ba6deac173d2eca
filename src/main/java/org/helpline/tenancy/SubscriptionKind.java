package org.helpline.tenancy;

/** Whether a subscription is a trial or paid for. */
public enum SubscriptionKind {
    TRIAL,
    PAID
}
