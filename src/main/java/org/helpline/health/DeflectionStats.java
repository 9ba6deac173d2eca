package org.helpline.health;

/** How often known issues were offered while writing a request, how often one was chosen instead of filing, and the rate. */
public record DeflectionStats(long offers, long deflections, double rate) {}
