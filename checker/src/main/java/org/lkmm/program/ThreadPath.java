package org.lkmm.program;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * One way a thread can run: its events in program order, its registers at the end, and for
 * each register the po-indices of the reads its value was computed from.
 */
public record ThreadPath(int thread, List<Event> events, Map<String, Long> registers,
                         Map<String, BitSet> registerDeps) {}
