package org.helpline.knowledge.internal;

/** This node's index: how many articles it holds, the last change applied, and how long the last rebuild took (-1: none). */
public record IndexStatus(long documents, long appliedChange, long lastBuildMillis) {}
