package org.lkmm.cat;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model ready to run: its slots (every global definition in order), its steps, the inputs it
 * may depend on, how many closed static nodes a structure caches, the enums (tag universes for
 * ~ on tag sets) and the annotation tags its bell declares.
 */
final class Program {
    final List<Slot> slots;
    final List<Step> steps;
    final Inputs inputs;
    final int cacheSize;
    final int memoSize;
    final int runSize;
    final Map<String, Value> enums;
    final Set<String> bellTags;
    final Map<String, Integer> globals;
    final boolean guardedOrders;

    Program(List<Slot> slots, List<Step> steps, Inputs inputs, int cacheSize, int memoSize, int runSize, Map<String, Value> enums,
            Set<String> bellTags, Map<String, Integer> globals, boolean guardedOrders) {
        this.slots = List.copyOf(slots);
        this.steps = List.copyOf(steps);
        this.inputs = inputs;
        this.cacheSize = cacheSize;
        this.memoSize = memoSize;
        this.runSize = runSize;
        this.enums = Map.copyOf(enums);
        this.bellTags = Set.copyOf(bellTags);
        this.globals = Map.copyOf(globals);
        this.guardedOrders = guardedOrders;
    }
}
