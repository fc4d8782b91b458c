package org.lkmm.enumerate;

import java.util.Map;
import java.util.Set;

/**
 * What a caller looks at in the final state: memory locations (layout indices) and registers
 * (by thread index). Executions that agree on these may be counted as one group.
 */
public record Observed(Set<Integer> locations, Map<Integer, Set<String>> registers) {}
