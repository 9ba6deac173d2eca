package org.helpline.dashboard.internal;

import java.time.LocalDate;

/**
 * One group of a chart query: its day (null when not grouped by day), its key (a severity, agent or
 * service; null when not grouped by one), how many it counts and the part or sum that goes with them
 * (first responses met of those counted, the ratings of the answers counted).
 */
record Tally(LocalDate day, String key, long count, long sum) {}
