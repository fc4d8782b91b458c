package org.lkmm.cat;

import java.util.ArrayList;
import java.util.List;

/**
 * What a model may depend on beyond the structure, one bit each: herd's rf, FW (the final
 * writes, fixed by co), the values of the events (different-values), the choices of the
 * execution as such (linearisations listing only its co), and each with-from variable
 * (lock.cat's rfe-lf and rf-ru, cos-opt.cat's co).
 */
final class Inputs {
    static final int RF = 1;
    static final int FW = 2;
    static final int VALUES = 4;
    static final int CHOICES = 8;

    private final List<String> names = new ArrayList<>(List.of("rf", "FW", "values", "choices"));
    /** For each input bit index, the slot of its with-from variable (-1 for the first four). */
    private final List<Integer> withSlots = new ArrayList<>(List.of(-1, -1, -1, -1));

    /** A new input for the with-from variable of slot; its bit. */
    int addWith(String var, int slot) {
        String name = names.contains(var) ? var + "#" + names.size() : var;
        if (names.size() == 31) {
            throw new IllegalStateException("too many with-from choices in one model");
        }
        names.add(name);
        withSlots.add(slot);
        return 1 << (names.size() - 1);
    }

    /**
     * Inputs that differ between nearly all executions: the execution's choices, a with-from
     * whose set is not static (co). FW is compared by value instead: without observed locations
     * it is always empty.
     */
    int volatileMask = CHOICES;

    int count() {
        return names.size();
    }

    /** The slot holding the with-from choice of input bit index i, or -1. */
    int withSlot(int i) {
        return withSlots.get(i);
    }

    List<String> names(int mask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(names.get(i));
            }
        }
        return out;
    }

    int bit(String name) {
        int i = names.indexOf(name);
        return i < 0 ? 0 : 1 << i;
    }

    /** The bits of rf and of every with-from choice: the relations an enumerator chooses. */
    int chosenRelations() {
        int mask = RF;
        for (int i = 4; i < names.size(); i++) {
            mask |= 1 << i;
        }
        return mask;
    }
}
