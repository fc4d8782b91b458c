package org.lkmm.verdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lkmm.ast.InitEntry;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Location;
import org.lkmm.program.Layout;

/**
 * The locations a state line shows, in herd's order, each with how its values print:
 * {@code 1:r0=0; [x]=4294967295;}.
 */
record StateColumns(List<String> names, List<ValueType> types, Layout layout) {
    static StateColumns of(LitmusTest test, List<Location> observed, Layout layout) {
        Map<String, ValueType> declared = new HashMap<>();
        for (InitEntry e : test.init()) {
            String key = e.isRegister() ? e.process() + ":" + e.name() : "[" + e.name() + "]";
            declared.put(key, ValueType.of(e.type()));
        }
        List<String> names = new ArrayList<>();
        List<ValueType> types = new ArrayList<>();
        for (Location l : observed) {
            String name = CondText.location(l);
            names.add(name);
            types.add(declared.getOrDefault(name, ValueType.INT));
        }
        return new StateColumns(List.copyOf(names), List.copyOf(types), layout);
    }

    /** "loc=value;" for each column, as herd prints a state line. */
    String line(long[] values) {
        StringBuilder b = new StringBuilder(names.size() * 12);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(names.get(i)).append('=').append(show(types.get(i), values[i])).append(';');
        }
        return b.toString();
    }

    private String show(ValueType type, long v) {
        if (FinalState.isUnknown(v)) {
            return "S" + (v - FinalState.UNKNOWN_BASE);
        }
        if (org.lkmm.solver.Arithmetic.isAddress(v)) {
            return layout.show(v);
        }
        return type.show((int) v);
    }

    /**
     * herd's order of values (SymbValue.compare, Constant.compare): unknowns first by number,
     * then integers as signed 32-bit numbers, then addresses by name.
     */
    int compare(long a, long b) {
        boolean x = FinalState.isUnknown(a);
        boolean y = FinalState.isUnknown(b);
        if (x || y) {
            return x && y ? Long.compare(a, b) : x ? -1 : 1;
        }
        return layout.herdOrder().compare(a, b);
    }
}
