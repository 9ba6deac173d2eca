/** The db-scheduler tasks behind the SLA timers; they only call {@link org.helpline.sla.internal.SlaTimers}. */
package org.helpline.sla.jobs;
