package org.lkmm.review.repair;

import java.util.List;

/**
 * A place of a test that a fix may strengthen in one way: the gap before a statement (which
 * fence goes there), or one access (what it becomes). options are cheapest first.
 */
public record Slot(String id, int process, List<Move> options) {}
