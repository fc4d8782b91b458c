package org.lkmm.explain;

/** One step of a cycle: from event, to event, and the relation that links them. */
public record Link(int from, int to, String relation) {}
