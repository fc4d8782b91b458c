package org.lkmm.program;

import java.util.List;
import org.lkmm.ast.LitmusTest;

/**
 * A test lowered to events: the shared variables, their initial values, and for each thread
 * every path it can take (threads in the order of their process numbers).
 */
public record Program(LitmusTest test, Layout layout, long[] initialValues, List<List<ThreadPath>> threads,
                      List<Integer> threadIds) {}
