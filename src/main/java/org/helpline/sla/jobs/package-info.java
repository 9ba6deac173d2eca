/** The db-scheduler tasks behind the SLA timers and at-risk warnings; they only call {@code sla.internal}. */
package org.helpline.sla.jobs;
