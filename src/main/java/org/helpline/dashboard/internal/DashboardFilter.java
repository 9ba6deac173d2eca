package org.helpline.dashboard.internal;

import java.time.LocalDate;

/** The period (inclusive dates, in UTC) and optionally one service the charts cover. */
public record DashboardFilter(LocalDate from, LocalDate to, String serviceId) {}
