package org.lkmm.program;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * One way a thread can run: its events in program order, its registers at the end, for each
 * register the po-indices of the reads its value was computed from, and the reads whose value
 * a taken branch test (r == constant) pins down.
 */
public record ThreadPath(int thread, List<Event> events, Map<String, Long> registers,
                         Map<String, BitSet> registerDeps, BitSet pinned) {}
