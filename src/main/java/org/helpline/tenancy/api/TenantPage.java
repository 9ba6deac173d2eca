package org.helpline.tenancy.api;

import java.util.List;
import org.helpline.tenancy.TenantSummary;

/** One page of tenants; {@code page} counts from 0, {@code total} is the number of all matches. */
record TenantPage(List<TenantSummary> items, long total, int page, int size) {}
