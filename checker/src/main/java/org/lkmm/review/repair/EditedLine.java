package org.lkmm.review.repair;

import java.util.List;

/** One line of a test a fix changes: its number, its text before and the line(s) it becomes. */
public record EditedLine(int line, String before, List<String> after) {}
