/**
 * The dashboard's projections (written by the event listeners), the chart queries over them and
 * the figures computed from their tallies.
 */
package org.helpline.dashboard.internal;
