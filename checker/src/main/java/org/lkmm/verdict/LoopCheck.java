package org.lkmm.verdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkmm.ast.Cond;
import org.lkmm.ast.Location;
import org.lkmm.ast.Value;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.program.Program;
import org.lkmm.program.ThreadPath;

/**
 * Whether herd7 prints "Loop": a run it cut at its unrolling bound could be part of a
 * candidate, that is every read of some choice of runs, one per thread and one of them cut,
 * has a write to its location with its value, and the filter can hold (herd matches rf and
 * picks final writes before the model, so the model's verdict does not matter).
 */
final class LoopCheck {
    private LoopCheck() {}

    static boolean loops(Program program, Optional<Cond> filter) {
        if (program.cutOff().stream().allMatch(List::isEmpty)) {
            return false;
        }
        return search(program, filter, 0, false, new ArrayList<>());
    }

    private static boolean search(Program program, Optional<Cond> filter, int thread, boolean someCut,
                                  List<ThreadPath> chosen) {
        if (thread == program.threads().size()) {
            return someCut && readsMatch(program, chosen)
                    && (filter.isEmpty() || mayHold(program, chosen, filter.get(), new HashMap<>(),
                    filter.get().locations()));
        }
        for (int cut = 0; cut < 2; cut++) {
            for (ThreadPath p : (cut == 1 ? program.cutOff() : program.threads()).get(thread)) {
                chosen.add(p);
                boolean found = search(program, filter, thread + 1, someCut || cut == 1, chosen);
                chosen.remove(chosen.size() - 1);
                if (found) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the filter holds for some final value of its memory locations (herd picks the
     * final write among the candidate's writes to each, before the model) and the registers'.
     */
    private static boolean mayHold(Program program, List<ThreadPath> chosen, Cond filter, Map<Integer, Long> memory,
                                   List<Location> open) {
        if (open.isEmpty()) {
            return holds(program, chosen, filter, memory);
        }
        Location l = open.get(0);
        List<Location> rest = open.subList(1, open.size());
        if (!(l instanceof Location.Memory m)) {
            return mayHold(program, chosen, filter, memory, rest);
        }
        int loc = program.layout().index().get(m.name());
        if (memory.containsKey(loc)) {
            return mayHold(program, chosen, filter, memory, rest);
        }
        Set<Long> finals = new LinkedHashSet<>();
        for (ThreadPath p : chosen) {
            for (Event w : p.events()) {
                if (w.kind() == Kind.WRITE && w.location() == loc) {
                    finals.add(w.value());
                }
            }
        }
        if (finals.isEmpty()) {
            finals.add(program.initialValues()[loc]);
        }
        for (long v : finals) {
            memory.put(loc, v);
            boolean ok = mayHold(program, chosen, filter, memory, rest);
            memory.remove(loc);
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Program program, List<ThreadPath> chosen, Cond c, Map<Integer, Long> memory) {
        if (c instanceof Cond.And a) {
            return holds(program, chosen, a.left(), memory) && holds(program, chosen, a.right(), memory);
        }
        if (c instanceof Cond.Or o) {
            return holds(program, chosen, o.left(), memory) || holds(program, chosen, o.right(), memory);
        }
        if (c instanceof Cond.Implies i) {
            return !holds(program, chosen, i.left(), memory) || holds(program, chosen, i.right(), memory);
        }
        if (c instanceof Cond.Not n) {
            return !holds(program, chosen, n.operand(), memory);
        }
        if (c instanceof Cond.Const k) {
            return k.value();
        }
        Cond.Equals e = (Cond.Equals) c;
        long left = valueOf(program, chosen, e.location(), memory);
        long right = e.value() instanceof Value.Int i ? i.value()
                : e.value() instanceof Value.Address a ? program.layout().address(program.layout().index().get(a.variable()))
                : valueOf(program, chosen, ((Value.Of) e.value()).location(), memory);
        return (left == right) != e.negated();
    }

    private static long valueOf(Program program, List<ThreadPath> chosen, Location l, Map<Integer, Long> memory) {
        if (l instanceof Location.Register r) {
            return chosen.get(program.threadIndex(r.process())).registers().getOrDefault(r.name(), 0L);
        }
        return memory.get(program.layout().index().get(((Location.Memory) l).name()));
    }

    private static boolean readsMatch(Program program, List<ThreadPath> chosen) {
        for (ThreadPath reader : chosen) {
            for (Event r : reader.events()) {
                if (r.kind() == Kind.READ && !written(program, chosen, reader, r)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether some write (the initial one included) gives r its value; an RMW's write never feeds its read. */
    private static boolean written(Program program, List<ThreadPath> chosen, ThreadPath reader, Event r) {
        if (program.initialValues()[r.location()] == r.value()) {
            return true;
        }
        for (ThreadPath writer : chosen) {
            for (Event w : writer.events()) {
                boolean ownRmw = writer == reader && w.rmwRead() == r.poIndex();
                if (w.kind() == Kind.WRITE && w.location() == r.location() && w.value() == r.value() && !ownRmw) {
                    return true;
                }
            }
        }
        return false;
    }
}
