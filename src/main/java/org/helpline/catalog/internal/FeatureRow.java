package org.helpline.catalog.internal;

import java.util.Map;

/** One feature of a service and its availability per offering id, in the order of the offerings. */
public record FeatureRow(String serviceId, String featureId, String name, Map<String, Availability> byOffering) {}
