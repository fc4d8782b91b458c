package org.lkmm.program;

import java.util.List;
import java.util.Map;

/** One way a thread can run: its events in program order and its registers at the end. */
public record ThreadPath(int thread, List<Event> events, Map<String, Long> registers) {}
