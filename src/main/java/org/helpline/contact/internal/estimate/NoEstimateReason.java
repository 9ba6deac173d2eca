package org.helpline.contact.internal.estimate;

/** Why there is honestly no estimate right now. */
public enum NoEstimateReason {
    /** Nobody with the needed skills is signed in. */
    NO_AGENTS,
    /** Fewer recent completed contacts than {@link EstimatorSettings#minCompletedContacts()}. */
    TOO_FEW_COMPLETED_CONTACTS,
    /** No line is known and too few arrivals for the steady state (phone calls only). */
    TOO_FEW_ARRIVALS,
    /** No line is known and the load reaches the staffing, so the queue has no steady state. */
    OVERLOADED
}
