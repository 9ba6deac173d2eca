/**
 * Business calendars: a zone, weekly opening hours and holidays, and the arithmetic that turns
 * "so much business time after receipt" into an instant and back. A pure value library without
 * Spring beans, exposed to other modules as the {@code calendar} named interface of {@code sla}.
 */
@NamedInterface("calendar")
package org.helpline.sla.calendar;

import org.springframework.modulith.NamedInterface;
