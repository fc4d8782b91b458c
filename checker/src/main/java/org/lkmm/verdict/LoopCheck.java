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
 * candidate, that is the reads of some choice of runs, one per thread and one of them cut, can
 * take their values from writes among them in a way herd's equations solve (MemoryStage), and
 * the filter can hold (herd matches rf and picks final writes before the model, so the model's
 * verdict does not matter).
 */
final class LoopCheck {
    private LoopCheck() {}

    static boolean loops(Program program, Optional<Cond> filter) {
        if (program.cutOff().stream().allMatch(List::isEmpty)) {
            return false;
        }
        return search(program, new MemoryStage(program), filter, 0, false, new ArrayList<>());
    }

    private static boolean search(Program program, MemoryStage stage, Optional<Cond> filter, int thread,
                                  boolean someCut, List<ThreadPath> chosen) {
        if (thread == program.threads().size()) {
            return someCut
                    && (filter.isEmpty() || mayHold(program, chosen, filter.get(), new HashMap<>(),
                    filter.get().locations()))
                    && readsMatch(program, stage, chosen);
        }
        for (int cut = 0; cut < 2; cut++) {
            for (ThreadPath p : (cut == 1 ? program.cutOff() : program.threads()).get(thread)) {
                chosen.add(p);
                boolean found = search(program, stage, filter, thread + 1, someCut || cut == 1, chosen);
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

    /**
     * Whether the reads of the chosen runs can take their values from writes among them (an
     * RMW's write never feeds its own read) in a way herd's equations solve: a value that only
     * justifies itself (a read from a write of what that read returned) leaves them open, and
     * herd drops such a candidate before it could say "Loop".
     */
    private static boolean readsMatch(Program program, MemoryStage stage, List<ThreadPath> chosen) {
        List<Event> events = new ArrayList<>(program.initialWrites());
        List<Integer> owners = new ArrayList<>(); // the path of each event, -1 for initial writes
        events.forEach(e -> owners.add(-1));
        for (int t = 0; t < chosen.size(); t++) {
            for (Event e : chosen.get(t).events()) {
                events.add(e);
                owners.add(t);
            }
        }
        List<Integer> reads = new ArrayList<>();
        List<int[]> sources = new ArrayList<>();
        for (int r = 0; r < events.size(); r++) {
            Event read = events.get(r);
            if (read.kind() != Kind.READ) {
                continue;
            }
            List<Integer> from = new ArrayList<>();
            for (int w = 0; w < events.size(); w++) {
                Event write = events.get(w);
                boolean ownRmw = owners.get(w).equals(owners.get(r)) && write.rmwRead() == read.poIndex();
                if ((write.kind() == Kind.WRITE || write.kind() == Kind.INIT) && write.location() == read.location()
                        && read.takesValueOf(write) && !ownRmw) {
                    from.add(w);
                }
            }
            if (from.isEmpty()) {
                return false;
            }
            reads.add(r);
            sources.add(from.stream().mapToInt(Integer::intValue).toArray());
        }
        int[] source = new int[events.size()];
        java.util.Arrays.fill(source, -1);
        return solvable(stage, events, chosen, reads, sources, 0, source);
    }

    private static boolean solvable(MemoryStage stage, List<Event> events, List<ThreadPath> chosen, List<Integer> reads,
                                    List<int[]> sources, int i, int[] source) {
        if (i == reads.size()) {
            return !stage.resolve(events, chosen, source).dropped();
        }
        for (int w : sources.get(i)) {
            source[reads.get(i)] = w;
            if (solvable(stage, events, chosen, reads, sources, i + 1, source)) {
                return true;
            }
        }
        source[reads.get(i)] = -1;
        return false;
    }
}
