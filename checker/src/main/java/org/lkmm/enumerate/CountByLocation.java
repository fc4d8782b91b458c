package org.lkmm.enumerate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.lkmm.model.Execution;
import org.lkmm.model.Structure;
import org.lkmm.model.Verdict;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.program.Program;
import org.lkmm.program.ThreadPath;
import org.lkmm.relation.Relation;

/**
 * Counts the executions of an approved program location by location instead of listing them.
 * When the model has approved every coherent execution (Lkmm.verdictForAll), what is left to
 * count is the coherent rf and co choices, and coherence relates only accesses of one location.
 * Locations are taken in the order values flow (a location after those whose reads its writes
 * depend on); between two locations only the values later ones still need, and the observed
 * ones, tell partial executions apart, so partial executions that agree on them are counted
 * together. A chain of n processes passing a value on has 2^n executions but about n such
 * groups at each step.
 * <p>
 * Applies when each thread's paths have one shape of plain reads, writes and fences and are
 * named by their read values (ValueTable), and no value can depend on itself.
 */
final class CountByLocation {
    /**
     * Beyond this many groups at one step, choices at one location or steps from group to
     * group in all, listing is left to the enumerator (nothing has been handed on by then).
     */
    private static final int MAX_GROUPS = 1 << 14;
    private static final long MAX_CHOICES = 1 << 16;
    private static final long MAX_STEPS = 1 << 21;

    /** A read: its thread, po position, location, and its index among its thread's reads. */
    private record Read(int thread, int po, int location, int index) {}

    /** A value computed on a thread's path from some of its reads (global read numbers). */
    private record Item(int thread, int po, int location, int[] on, Map<List<Long>, Long> table) {
        long value(long[] readValues) {
            List<Long> key = new ArrayList<>(on.length);
            for (int r : on) {
                key.add(readValues[r]);
            }
            Long v = table.get(key);
            return v == null ? Long.MIN_VALUE : v;
        }
    }

    private final Program program;
    private final List<Event> initialWrites;
    private final List<ValueTable> tables;
    private final List<Read> reads = new ArrayList<>();
    private final List<Item> writes = new ArrayList<>();
    /** The observed registers, each a value computed on its thread's paths. */
    private final List<Item> registers = new ArrayList<>();
    private final List<Integer> observedLocations;
    private final List<List<Integer>> readsAt;
    private final List<List<Integer>> writesAt;
    private final int[] order;
    private final int[] stepOf;

    private CountByLocation(Program program, List<Event> initialWrites, List<ValueTable> tables, Observed observed) {
        this.program = program;
        this.initialWrites = initialWrites;
        this.tables = tables;
        int[] firstRead = new int[tables.size()];
        for (int t = 0; t < tables.size(); t++) {
            ValueTable table = tables.get(t);
            ThreadPath shape = program.threads().get(t).get(0);
            firstRead[t] = reads.size();
            for (int i = 0; i < table.reads.length; i++) {
                reads.add(new Read(t, table.reads[i], shape.events().get(table.reads[i]).location(), i));
            }
            for (int po = 0; po < shape.events().size(); po++) {
                Event e = shape.events().get(po);
                if (e.kind() == Kind.WRITE) {
                    int index = po;
                    writes.add(item(t, po, e.location(), table.computed(p -> p.events().get(index).value()), firstRead[t]));
                }
            }
            for (String name : observed.registers().getOrDefault(t, Set.of())) {
                registers.add(item(t, -1, -1, table.computed(p -> p.registers().getOrDefault(name, 0L)), firstRead[t]));
            }
        }
        observedLocations = List.copyOf(new TreeSet<>(observed.locations()));
        readsAt = byLocation(reads, Read::location, program.layout().size());
        writesAt = byLocation(writes, Item::location, program.layout().size());
        order = valueFlowOrder();
        stepOf = new int[program.layout().size()];
        Arrays.fill(stepOf, -1);
        for (int k = 0; order != null && k < order.length; k++) {
            stepOf[order[k]] = k;
        }
    }

    private static Item item(int thread, int po, int location, ValueTable.Computed f, int firstRead) {
        int[] on = Arrays.stream(f.on()).map(i -> i + firstRead).toArray();
        return new Item(thread, po, location, on, f.value());
    }

    /** The counter of a program, if it applies (see the class comment). */
    static Optional<CountByLocation> of(Program program, List<Event> initialWrites, Observed observed) {
        List<List<ThreadPath>> threads = program.threads();
        // a value computed from itself is one herd7's equations may leave open (see Determinacy)
        if (!program.valuesAlwaysDetermined() || !OverApproximation.uniform(threads, 0)) {
            return Optional.empty();
        }
        List<ValueTable> tables = new ArrayList<>();
        for (List<ThreadPath> paths : threads) {
            for (Event e : paths.isEmpty() ? List.<Event>of() : paths.get(0).events()) {
                boolean plain = e.kind() == Kind.READ || e.kind() == Kind.WRITE || e.kind() == Kind.FENCE;
                if (!plain || e.rmwRead() >= 0) {
                    return Optional.empty();
                }
            }
            Optional<ValueTable> table = ValueTable.of(paths);
            if (table.isEmpty()) {
                return Optional.empty();
            }
            tables.add(table.get());
        }
        CountByLocation c = new CountByLocation(program, initialWrites, tables, observed);
        return c.order == null ? Optional.empty() : Optional.of(c);
    }

    /** The accessed locations, each after those whose reads feed its writes; null on a cycle. */
    private int[] valueFlowOrder() {
        int n = program.layout().size();
        boolean[] accessed = new boolean[n];
        reads.forEach(r -> accessed[r.location()] = true);
        writes.forEach(w -> accessed[w.location()] = true);
        boolean[][] feeds = new boolean[n][n];
        int[] indegree = new int[n];
        for (Item w : writes) {
            for (int r : w.on()) {
                int from = reads.get(r).location();
                if (!feeds[from][w.location()]) {
                    feeds[from][w.location()] = true;
                    indegree[w.location()]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        int count = 0;
        for (int l = 0; l < n; l++) {
            if (accessed[l]) {
                count++;
                if (indegree[l] == 0) {
                    ready.add(l);
                }
            }
        }
        int[] out = new int[count];
        int k = 0;
        while (!ready.isEmpty()) {
            int l = ready.poll();
            out[k++] = l;
            for (int m = 0; m < n; m++) {
                if (feeds[l][m] && --indegree[m] == 0) {
                    ready.add(m);
                }
            }
        }
        return k == count ? out : null;
    }

    /** The chosen rf and co of one location, and the choice before it (a group's representative). */
    private record Trail(Trail before, LocationChoices.Choice choice) {}

    private static final class Group {
        BigInteger count;
        final Trail trail;

        Group(BigInteger count, Trail trail) {
            this.count = count;
            this.trail = trail;
        }
    }

    /**
     * Counts and hands on one candidate per group of executions that agree on the observed
     * values (with their number); returns how many executions there are, or empty if the
     * groups grow beyond the budget (nothing has been handed on then).
     */
    Optional<BigInteger> run(Verdict approved, Function<Skeleton, Structure> structures, Consumer<Candidate> sink) {
        List<List<LocationChoices.Choice>> choices = new ArrayList<>();
        for (int l : order) {
            List<LocationChoices.Choice> c = LocationChoices.of(accesses(l, true), accesses(l, false), MAX_CHOICES);
            if (c == null) {
                return Optional.empty();
            }
            choices.add(c);
        }
        int[] lastUse = lastUses();
        int[] registerStep = new int[registers.size()];
        for (int i = 0; i < registers.size(); i++) {
            for (int r : registers.get(i).on()) {
                registerStep[i] = Math.max(registerStep[i], stepOf[reads.get(r).location()]);
            }
        }
        Map<Key, Group> groups = new HashMap<>();
        groups.put(new Key(new long[0]), new Group(BigInteger.ONE, null));
        long[] readValues = new long[reads.size()];
        long[] registerValues = new long[registers.size()];
        long[] memoryValues = new long[observedLocations.size()];
        long steps = 0;
        for (int k = 0; k < order.length; k++) {
            int location = order[k];
            Layout before = new Layout(k - 1, lastUse, registerStep);
            Layout after = new Layout(k, lastUse, registerStep);
            List<Integer> readsHere = readsAt.get(location);
            List<Integer> writesHere = writesAt.get(location);
            int observedHere = observedLocations.indexOf(location);
            Map<Key, Group> next = new LinkedHashMap<>();
            for (Map.Entry<Key, Group> g : groups.entrySet()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("interrupted");
                }
                before.unpack(g.getKey(), readValues, registerValues, memoryValues);
                long[] written = new long[writesHere.size() + 1];
                written[0] = program.initialValues()[location];
                for (int w = 0; w < writesHere.size(); w++) {
                    written[w + 1] = writes.get(writesHere.get(w)).value(readValues);
                }
                for (LocationChoices.Choice c : choices.get(k)) {
                    if (++steps > MAX_STEPS || next.size() > MAX_GROUPS) {
                        return Optional.empty();
                    }
                    if (!assign(readsHere, c, written, readValues)) {
                        continue; // a value no path of the reader's thread reads
                    }
                    for (int i = 0; i < registers.size(); i++) {
                        if (registerStep[i] == k) {
                            registerValues[i] = registers.get(i).value(readValues);
                        }
                    }
                    if (observedHere >= 0) {
                        memoryValues[observedHere] = written[c.last()];
                    }
                    Key key = after.pack(readValues, registerValues, memoryValues);
                    BigInteger count = g.getValue().count.multiply(BigInteger.valueOf(c.count()));
                    Group existing = next.get(key);
                    if (existing == null) {
                        next.put(key, new Group(count, new Trail(g.getValue().trail, c)));
                    } else {
                        existing.count = existing.count.add(count);
                    }
                }
            }
            groups = next;
        }
        BigInteger total = BigInteger.ZERO;
        for (Group g : groups.values()) {
            total = total.add(g.count);
            sink.accept(representative(g, approved, structures));
        }
        return Optional.of(total);
    }

    private boolean assign(List<Integer> readsHere, LocationChoices.Choice c, long[] written, long[] readValues) {
        for (int i = 0; i < readsHere.size(); i++) {
            Read r = reads.get(readsHere.get(i));
            long v = written[c.sources()[i]];
            Set<Long> domain = tables.get(r.thread()).domains.get(r.index());
            if (domain.contains(Event.ANY_VALUE)) {
                v = Event.ANY_VALUE; // nothing uses its value: it reads any write
            } else if (!domain.contains(v)) {
                return false;
            }
            readValues[readsHere.get(i)] = v;
        }
        return true;
    }

    /** For each read, the last step whose computed values need it. */
    private int[] lastUses() {
        int[] last = new int[reads.size()];
        Arrays.fill(last, -1);
        for (Item w : writes) {
            for (int r : w.on()) {
                last[r] = Math.max(last[r], stepOf[w.location()]);
            }
        }
        for (Item reg : registers) {
            for (int r : reg.on()) {
                last[r] = Math.max(last[r], order.length); // kept to the end, with the register
            }
        }
        return last;
    }

    /** Which values a group keeps after a step: reads still needed, registers and locations known by then. */
    private final class Layout {
        private final int[] liveReads;
        private final int[] knownRegisters;
        private final int[] knownLocations;

        Layout(int step, int[] lastUse, int[] registerStep) {
            List<Integer> live = new ArrayList<>();
            for (int r = 0; r < reads.size(); r++) {
                if (stepOf[reads.get(r).location()] <= step && lastUse[r] > step) {
                    live.add(r);
                }
            }
            liveReads = live.stream().mapToInt(Integer::intValue).toArray();
            List<Integer> regs = new ArrayList<>();
            for (int i = 0; i < registers.size(); i++) {
                if (registerStep[i] <= step) {
                    regs.add(i);
                }
            }
            knownRegisters = regs.stream().mapToInt(Integer::intValue).toArray();
            List<Integer> locs = new ArrayList<>();
            for (int i = 0; i < observedLocations.size(); i++) {
                int at = stepOf[observedLocations.get(i)];
                if (at >= 0 && at <= step) { // a location no one accesses keeps its initial value
                    locs.add(i);
                }
            }
            knownLocations = locs.stream().mapToInt(Integer::intValue).toArray();
        }

        Key pack(long[] readValues, long[] registerValues, long[] memoryValues) {
            long[] v = new long[liveReads.length + knownRegisters.length + knownLocations.length];
            int k = 0;
            for (int r : liveReads) {
                v[k++] = readValues[r];
            }
            for (int i : knownRegisters) {
                v[k++] = registerValues[i];
            }
            for (int i : knownLocations) {
                v[k++] = memoryValues[i];
            }
            return new Key(v);
        }

        void unpack(Key key, long[] readValues, long[] registerValues, long[] memoryValues) {
            int k = 0;
            for (int r : liveReads) {
                readValues[r] = key.values[k++];
            }
            for (int i : knownRegisters) {
                registerValues[i] = key.values[k++];
            }
            for (int i : knownLocations) {
                memoryValues[i] = key.values[k++];
            }
        }
    }

    private record Key(long[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /** For each location, the indices of the items at it. */
    private static <T> List<List<Integer>> byLocation(List<T> items, ToIntFunction<T> location, int locations) {
        List<List<Integer>> out = new ArrayList<>();
        for (int l = 0; l < locations; l++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < items.size(); i++) {
            out.get(location.applyAsInt(items.get(i))).add(i);
        }
        return out;
    }

    private List<LocationChoices.Access> accesses(int location, boolean ofReads) {
        List<LocationChoices.Access> out = new ArrayList<>();
        if (ofReads) {
            readsAt.get(location).forEach(r -> out.add(new LocationChoices.Access(reads.get(r).thread(), reads.get(r).po())));
        } else {
            writesAt.get(location).forEach(w -> out.add(new LocationChoices.Access(writes.get(w).thread(), writes.get(w).po())));
        }
        return out;
    }

    /** One execution of the group, built in full: its paths, rf, co and final memory. */
    private Candidate representative(Group g, Verdict approved, Function<Skeleton, Structure> structures) {
        LocationChoices.Choice[] chosen = new LocationChoices.Choice[order.length];
        Trail t = g.trail;
        for (int k = order.length - 1; k >= 0; k--) {
            chosen[k] = t.choice();
            t = t.before();
        }
        long[] readValues = new long[reads.size()];
        long[] memory = program.initialValues().clone();
        for (int k = 0; k < order.length; k++) {
            int location = order[k];
            List<Integer> writesHere = writesAt.get(location);
            long[] written = new long[writesHere.size() + 1];
            written[0] = program.initialValues()[location];
            for (int w = 0; w < writesHere.size(); w++) {
                written[w + 1] = writes.get(writesHere.get(w)).value(readValues);
            }
            assign(readsAt.get(location), chosen[k], written, readValues);
            memory[location] = written[chosen[k].last()];
        }
        List<ThreadPath> paths = new ArrayList<>();
        for (int th = 0; th < tables.size(); th++) {
            List<Long> values = new ArrayList<>();
            for (int r = 0; r < reads.size(); r++) {
                if (reads.get(r).thread() == th) {
                    values.add(readValues[r]);
                }
            }
            paths.add(tables.get(th).path(values));
        }
        Skeleton s = new Skeleton(initialWrites, paths);
        Relation.Builder rf = Relation.builder(s.size());
        Relation.Builder co = Relation.builder(s.size());
        for (int k = 0; k < order.length; k++) {
            int location = order[k];
            List<Integer> readsHere = readsAt.get(location);
            List<Integer> writesHere = writesAt.get(location);
            int[] event = new int[writesHere.size() + 1];
            event[0] = location; // the initial write of a location has its index
            for (int w = 0; w < writesHere.size(); w++) {
                Item item = writes.get(writesHere.get(w));
                event[w + 1] = s.firstOfThread[item.thread()] + item.po();
            }
            for (int i = 0; i < readsHere.size(); i++) {
                Read r = reads.get(readsHere.get(i));
                rf.add(event[chosen[k].sources()[i]], s.firstOfThread[r.thread()] + r.po());
            }
            int[] o = chosen[k].order();
            for (int a = 0; a < o.length; a++) {
                for (int b = a + 1; b < o.length; b++) {
                    co.add(event[o[a]], event[o[b]]);
                }
            }
        }
        Relation rfRel = rf.build();
        Execution x = new Execution(structures.apply(s), s.eventsReading(rfRel), rfRel, co.build());
        return new Candidate(x, paths, memory, approved, g.count);
    }
}
