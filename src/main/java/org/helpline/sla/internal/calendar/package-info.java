/**
 * Business calendars: a zone, weekly opening hours and holidays, and the arithmetic that turns
 * "so much business time after receipt" into an instant and back. A pure value library without
 * Spring beans.
 */
package org.helpline.sla.internal.calendar;
