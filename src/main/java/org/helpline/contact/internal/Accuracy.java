package org.helpline.contact.internal;

/**
 * How estimates shown to customers compared with the waits that followed, over the recent window:
 * how many were measured, their mean absolute error and the share of waits inside the shown range
 * (both null when none was measured).
 */
record Accuracy(int measured, Double meanAbsoluteErrorSeconds, Double insideShare) {}
