package org.lkmm.review.repair;

import java.util.List;
import java.util.SortedSet;

/**
 * A set of moves that forbids the outcome: its cost, the lines it edits, and the verdict and
 * flags the edited text got when it was parsed and checked again (positive/negative: herd's
 * Observation counts).
 */
public record Fix(List<Move> moves, int cost, List<EditedLine> lines, String verdict, SortedSet<String> flags,
                  String positive, String negative, String editedText) {}
