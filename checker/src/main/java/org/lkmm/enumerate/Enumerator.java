package org.lkmm.enumerate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.lkmm.model.Axiom;
import org.lkmm.model.Execution;
import org.lkmm.model.MemoryModel;
import org.lkmm.model.Structure;
import org.lkmm.model.Verdict;
import org.lkmm.program.Event;
import org.lkmm.program.Program;
import org.lkmm.program.ThreadPath;
import org.lkmm.relation.Relation;

/**
 * Streams the candidate executions of a program: one choice of path per thread, then rf for
 * each read, then a coherence order per location; each is checked by the model and the
 * allowed ones are handed on. Nothing is materialised beyond the current candidate.
 */
public final class Enumerator {
    private final Program program;
    private final boolean shortcuts;
    private final List<Event> initialWrites;
    private final MemoryModel model;
    private long explored;
    /** Skeletons that differ only in values share one structure (its relations ignore values). */
    private final Map<List<Integer>, Plan> plans = new HashMap<>();
    /** Each path's shape, as a number shared by paths of equal shape (the key of plans). */
    private final Map<ThreadPath, Integer> pathShapes = new IdentityHashMap<>();
    private final Map<Shape, Integer> shapeIds = new HashMap<>();
    private final RefutationMemo refutedRf = new RefutationMemo();

    public Enumerator(Program program, MemoryModel model) {
        this(program, model, Search.PRUNED);
    }

    public Enumerator(Program program, MemoryModel model, Search search) {
        this(program, model, search, Map.of());
    }

    /**
     * An enumerator that leaves out every candidate whose final value of some location in
     * wantedFinal (location index to value) is another: for callers that look for candidates
     * with one outcome (explain), not for counting.
     */
    public Enumerator(Program program, MemoryModel model, Search search, Map<Integer, Long> wantedFinal) {
        this.shortcuts = search == Search.PRUNED;
        this.program = program;
        this.initialWrites = program.initialWrites();
        this.model = model;
        this.wantedFinal = Map.copyOf(wantedFinal);
        this.uninitialised = new boolean[program.layout().size()];
        for (int loc = 0; loc < uninitialised.length; loc++) {
            uninitialised[loc] = program.layout().lockOnly(loc);
        }
        this.readsAnyValue = program.threads().stream().flatMap(List::stream).flatMap(p -> p.events().stream())
                .anyMatch(e -> e.isRead() && e.value() == Event.ANY_VALUE);
    }

    /** Per location, whether herd7 has no initial write there (a lock at an integer: Layout.lockOnly). */
    private final boolean[] uninitialised;

    /** Whether some read takes any value (Event.ANY_VALUE): its executions' events take it from rf. */
    private final boolean readsAnyValue;

    /** Final values every candidate handed on must have (location index to value). */
    private final Map<Integer, Long> wantedFinal;

    private boolean everyCandidate;
    /** The path search's check that every chosen read may still find its value (null where it never fails). */
    private ValueSources sources;
    private boolean grouped;
    /** Subtrees of the path search with fewer leaves than this are not worth an over-approximation. */
    private static final long APPROVAL_MIN_LEAVES = 4;
    /** Nor are rf and co choices with fewer completions than this worth checking while partial. */
    private static final long REFUTE_MIN_LEAVES = 4;
    /** approvable[t]: the number of path choices of threads t.. (saturating); 0 where shapes vary. */
    private long[] approvable;

    /** Runs the enumeration; returns the number of candidate executions checked. */
    public BigInteger run(Consumer<Candidate> allowed) {
        return start(allowed, false, false);
    }

    /**
     * As run, but allowed executions that differ only in co and agree on the final value of every
     * location may come as one candidate (one of them) whose count says how many it stands for.
     * Only for callers that look at nothing of a candidate but its paths, final memory and
     * verdict: the group shares those, not rf's consequences or which write is last.
     */
    public BigInteger runGrouped(Consumer<Candidate> allowed) {
        return start(allowed, false, shortcuts);
    }

    /**
     * As runGrouped, but a candidate may stand for every allowed execution with its values at
     * the observed locations and registers, and where the model approves the whole program
     * the executions are counted location by location without being listed (CountByLocation).
     * Only for callers that look at nothing of a candidate but those values and its verdict.
     */
    public BigInteger runCounted(Consumer<Candidate> allowed, Observed observed) {
        if (someThreadCannotRun()) {
            return BigInteger.ZERO;
        }
        if (shortcuts && model.checks(Axiom.COHERENCE) && wantedFinal.isEmpty()) {
            Optional<CountByLocation> counter = CountByLocation.of(program, initialWrites, observed);
            if (counter.isPresent()) {
                OverApproximation over = new OverApproximation(program, initialWrites, List.of(), true);
                Skeleton s = over.skeleton;
                Optional<Verdict> approved = model.verdictForAll(new Execution(plan(s).structure(), s.events, over.rf, over.co));
                if (approved.isPresent()) {
                    Optional<BigInteger> counted = counter.get().run(approved.get(), k -> plan(k).structure(), allowed);
                    if (counted.isPresent()) {
                        return counted.get();
                    }
                }
            }
        }
        return runGrouped(allowed);
    }

    /** As run, but hands on forbidden candidates too (their verdict names the failed check). */
    public BigInteger runAll(Consumer<Candidate> every) {
        return start(every, true, false);
    }

    /** A thread every alternative of which is contradictory or cut: no execution at all (herd: Never 0 0). */
    private boolean someThreadCannotRun() {
        return program.threads().stream().anyMatch(List::isEmpty);
    }

    private BigInteger start(Consumer<Candidate> sink, boolean every, boolean group) {
        if (someThreadCannotRun()) {
            return BigInteger.ZERO;
        }
        explored = 0;
        everyCandidate = every;
        grouped = group;
        // not a shortcut of the model's: a skeleton with a read no write can feed has no candidate
        sources = ValueSources.of(program.threads(), initialWrites, model.checks(Axiom.COHERENCE));
        choosePaths(0, new ArrayList<>(), sink, null, model);
        return BigInteger.valueOf(explored);
    }

    /**
     * Chooses a path per thread. Before branching, a node whose subtree is large enough is
     * judged as a whole on an over-approximation; if the model approves it, the candidates
     * below only need the coherence check (approved carries their verdict).
     */
    private void choosePaths(int thread, List<ThreadPath> chosen, Consumer<Candidate> allowed, Verdict approved,
                             MemoryModel judging) {
        if (thread == program.threads().size()) {
            explore(new Skeleton(initialWrites, List.copyOf(chosen)), allowed, approved, judging);
            return;
        }
        if (shortcuts && approved == null && approvable()[thread] >= APPROVAL_MIN_LEAVES) {
            OverApproximation over = new OverApproximation(program, initialWrites, chosen, model.checks(Axiom.COHERENCE));
            Skeleton s = over.skeleton;
            Execution x = new Execution(plan(s).structure(), s.events, over.rf, over.co);
            approved = model.verdictForAll(x).orElse(null);
            if (approved == null && judging == model && !everyCandidate) {
                judging = model.within(x);
            }
        }
        for (ThreadPath p : program.threads().get(thread)) {
            if (sources != null && !sources.push(p, thread)) {
                continue; // some read chosen so far can find no write of its value
            }
            chosen.add(p);
            choosePaths(thread + 1, chosen, allowed, approved, judging);
            chosen.remove(chosen.size() - 1);
            if (sources != null) {
                sources.pop(p);
            }
        }
    }

    private long[] approvable() {
        if (approvable == null) {
            List<List<ThreadPath>> threads = program.threads();
            approvable = new long[threads.size() + 1];
            approvable[threads.size()] = 1;
            for (int t = threads.size() - 1; t >= 0; t--) {
                approvable[t] = OverApproximation.uniform(threads, t)
                        ? Math.min(Long.MAX_VALUE / 1024, approvable[t + 1] * threads.get(t).size()) : 0;
            }
        }
        return approvable;
    }

    /** What skeletons of one shape share: the model structure and where the writes are. */
    private record Plan(Structure structure, WriteIndex writes) {}

    private Plan plan(Skeleton s) {
        List<Integer> key = new ArrayList<>(s.paths.size());
        for (ThreadPath p : s.paths) {
            key.add(pathShapes.computeIfAbsent(p, k -> shapeIds.computeIfAbsent(Shape.of(k.events()), x -> shapeIds.size())));
        }
        return plans.computeIfAbsent(key, k -> new Plan(s.structure(), WriteIndex.of(s, program.layout().size())));
    }

    private void explore(Skeleton s, Consumer<Candidate> allowed, Verdict approved, MemoryModel within) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
        if (!mayEndAsWanted(s)) {
            return;
        }
        Plan plan = plan(s);
        ReadsFrom rf = new ReadsFrom(s, plan.writes().readable(), model.checks(Axiom.COHERENCE), uninitialised);
        if (rf.impossible()) {
            return;
        }
        CoherenceOrders co = new CoherenceOrders(s, plan.writes().ordered());
        boolean[] rmwRead = model.checks(Axiom.ATOMIC) ? s.rmwReads() : new boolean[s.size()];
        MemoryModel judging = within != model || !shortcuts || everyCandidate ? within
                : judgingWithin(s, plan.structure(), rf, co);
        new Attempt(s, plan.structure(), rf, co, rmwRead, allowed, approved, judging)
                .chooseRf(new int[rf.reads.length], new boolean[s.size()], 0);
    }

    /** Below this many rf and co choices in a skeleton, looking at them all at once costs more than it saves. */
    private static final long WITHIN_MIN_CANDIDATES = 4;

    /**
     * The model for the skeleton's candidates, judged together on the union of every rf and
     * co choice first: what it finds they all pass, it may leave out for each (MemoryModel.within).
     */
    private MemoryModel judgingWithin(Skeleton s, Structure structure, ReadsFrom rf, CoherenceOrders co) {
        List<List<int[]>> free = co.consistentWith(rf, new int[rf.reads.length], false, false);
        if (free == null) {
            return model;
        }
        long choices = 1;
        for (int[] sources : rf.sources) {
            choices = Math.min(WITHIN_MIN_CANDIDATES, choices * sources.length);
        }
        for (List<int[]> orders : free) {
            choices = Math.min(WITHIN_MIN_CANDIDATES, choices * orders.size());
        }
        if (choices < WITHIN_MIN_CANDIDATES) {
            return model;
        }
        Relation.Builder everyRf = Relation.builder(s.size());
        for (int i = 0; i < rf.reads.length; i++) {
            for (int w : rf.sources[i]) {
                everyRf.add(w, rf.reads[i]);
            }
        }
        return model.within(new Execution(structure, s.events, everyRf.build(), ChoiceRelations.everyCoOrder(s, free)));
    }

    /** Whether each location of wantedFinal has a write (its initial one included) of the wanted value. */
    private boolean mayEndAsWanted(Skeleton s) {
        for (var want : wantedFinal.entrySet()) {
            boolean written = false;
            for (Event e : s.events) {
                if (e.location() == want.getKey() && e.isWrite() && !e.kind().isLockEvent() && e.value() == want.getValue()) {
                    written = true;
                    break;
                }
            }
            if (!written) {
                return false;
            }
        }
        return true;
    }

    /** The co orders of each location that leave its wanted final value (all where none is wanted); null if none do. */
    private List<List<int[]>> endingAsWanted(Skeleton s, List<List<int[]>> coOrders) {
        if (wantedFinal.isEmpty()) {
            return coOrders;
        }
        List<List<int[]>> out = new ArrayList<>(coOrders);
        for (var want : wantedFinal.entrySet()) {
            List<int[]> kept = new ArrayList<>();
            for (int[] order : coOrders.get(want.getKey())) {
                if (ChoiceRelations.finalValue(s, order) == want.getValue()) {
                    kept.add(order);
                }
            }
            if (kept.isEmpty()) {
                return null;
            }
            out.set(want.getKey(), kept);
        }
        return out;
    }

    /** The rf and co choices for one skeleton. */
    private final class Attempt {
        private final Skeleton s;
        private final ReadsFrom rf;
        private final CoherenceOrders co;
        private final Structure structure;
        private final boolean[] rmwRead;
        private final Consumer<Candidate> sink;
        /** The verdict of every candidate that passes coherence, when an over-approximation settled it. */
        private final Verdict approved;

        /** The model each candidate is judged by: model, or model within this skeleton's choices. */
        private final MemoryModel judging;

        Attempt(Skeleton s, Structure structure, ReadsFrom rf, CoherenceOrders co, boolean[] rmwRead,
                Consumer<Candidate> sink, Verdict approved, MemoryModel judging) {
            this.approved = approved;
            this.judging = judging;
            this.s = s;
            this.rf = rf;
            this.co = co;
            this.structure = structure;
            this.rmwRead = rmwRead;
            this.sink = sink;
        }

        /**
         * Chooses the rf source of each read in turn. Under the atomic axiom two RMWs never read
         * from the same write (each would have to come right after it in co), so such choices
         * are not pursued; rmwRead is all false when the axiom is not checked.
         */
        void chooseRf(int[] rfChoice, boolean[] takenByRmw, int i) {
            if (i == rf.reads.length) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("interrupted");
                }
                exploreCo(rfChoice);
                return;
            }
            if (rf.sources[i].length > 1 && worthRefuting(rfChoicesFrom(i))
                    && refutedRf.refutes(structure, ChoiceRelations.rf(s, rf, rfChoice, i),
                            partial -> model.refutes(new Execution(structure, s.events, partial, baseCo())))) {
                return; // the reads chosen so far already close a cycle
            }
            boolean rmw = rmwRead[rf.reads[i]];
            for (int k = 0; k < rf.sources[i].length; k++) {
                int source = rf.sources[i][k];
                if (rmw && takenByRmw[source]) {
                    continue;
                }
                rfChoice[i] = k;
                takenByRmw[source] |= rmw;
                chooseRf(rfChoice, takenByRmw, i + 1);
                if (rmw) {
                    takenByRmw[source] = false;
                }
            }
        }

        private void exploreCo(int[] rfChoice) {
            Relation rfRel = ChoiceRelations.rf(s, rf, rfChoice, rf.reads.length);
            events = readsAnyValue ? s.eventsReading(rfRel) : s.events;
            // with one order per location, asking the model costs a judgement and saves none
            List<List<List<int[]>>> generated = shortcuts && !everyCandidate && !co.fixed()
                    ? generatedByModel(rfChoice, rfRel) : null;
            if (generated != null) {
                for (List<List<int[]>> coOrders : generated) {
                    exploreCo(coOrders, rfRel);
                }
                return;
            }
            exploreCo(co.consistentWith(rf, rfChoice, model.checks(Axiom.COHERENCE), model.checks(Axiom.ATOMIC)), rfRel);
        }

        /**
         * The co orders the model generates for this rf, as this enumerator's per-location
         * lists (one list of lists per alternative; none: every co fails), or null when the
         * model leaves co to the enumerator.
         */
        private List<List<List<int[]>>> generatedByModel(int[] rfChoice, Relation rfRel) {
            if (coSpace == null) {
                coSpace = co.space();
            }
            Optional<List<Map<Integer, List<int[]>>>> byModel = model.coOrders(structure, events, rfRel, coSpace);
            if (byModel.isEmpty()) {
                return null;
            }
            List<List<List<int[]>>> out = new ArrayList<>();
            List<List<List<int[]>>> own = new ArrayList<>(1);
            for (Map<Integer, List<int[]>> alternative : byModel.get()) {
                List<List<int[]>> orders = co.fromModel(alternative, () -> {
                    if (own.isEmpty()) {
                        own.add(co.consistentWith(rf, rfChoice, false, false));
                    }
                    return own.get(0);
                });
                if (orders == null) {
                    return null;
                }
                out.add(orders);
            }
            return out;
        }

        private void exploreCo(List<List<int[]>> coOrders, Relation rfRel) {
            if (coOrders == null || (coOrders = endingAsWanted(s, coOrders)) == null) {
                return;
            }
            for (List<int[]> ofLocation : coOrders) {
                if (ofLocation.isEmpty()) {
                    return;
                }
            }
            if (grouped && approved != null && coChoicesFrom(coOrders, 0) > 1) {
                chooseCoGrouped(coOrders, new int[coOrders.size()], 0, rfRel, approved);
            } else {
                chooseCo(coOrders, new int[coOrders.size()], 0, rfRel, approved);
            }
        }

        /**
         * Under an approval, every co choice is allowed (those built are coherent: the co
         * orders follow the coherence shapes while the axiom is checked, and an approval means no
         * lock events), so the choices are only told apart by the final values they leave: one
         * candidate per combination of last-write values, counting the co choices behind it.
         */
        private void chooseCoGrouped(List<List<int[]>> coOrders, int[] chosen, int from, Relation rfRel, Verdict approval) {
            int locations = coOrders.size();
            List<List<int[]>> classes = new ArrayList<>(locations); // per location: {first order, count}
            for (int l = 0; l < locations; l++) {
                List<int[]> orders = coOrders.get(l);
                if (l < from) {
                    classes.add(List.of(new int[] {chosen[l], 1})); // chosen already
                    continue;
                }
                Map<Long, int[]> byLastValue = new LinkedHashMap<>();
                for (int k = 0; k < orders.size(); k++) {
                    int[] order = orders.get(k);
                    int index = k;
                    byLastValue.computeIfAbsent(s.events.get(order[order.length - 1]).value(), v -> new int[] {index, 0})[1]++;
                }
                classes.add(List.copyOf(byLastValue.values()));
            }
            int[] pick = new int[locations];
            int[] coChoice = new int[locations];
            while (true) {
                long count = 1;
                for (int loc = 0; loc < locations; loc++) {
                    int[] c = classes.get(loc).get(pick[loc]);
                    coChoice[loc] = c[0];
                    count = Math.multiplyExact(count, c[1]);
                }
                explored += count;
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("interrupted");
                }
                Execution x = new Execution(structure, events, rfRel, ChoiceRelations.co(s, coOrders, coChoice, locations));
                sink.accept(new Candidate(x, s.paths, ChoiceRelations.finalMemory(s, coOrders, coChoice), approval,
                        BigInteger.valueOf(count)));
                int loc = locations - 1;
                while (loc >= 0 && ++pick[loc] == classes.get(loc).size()) {
                    pick[loc--] = 0;
                }
                if (loc < 0) {
                    return;
                }
            }
        }

        /**
         * Chooses a co order per location in turn. Before branching, the choices left are judged
         * together on an over-approximation (every order of the locations still open), and a
         * partial choice that already fails is dropped.
         */
        private void chooseCo(List<List<int[]>> coOrders, int[] coChoice, int loc, Relation rfRel, Verdict approval) {
            if (loc == coOrders.size()) {
                if ((++explored & 0xff) == 0 && Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("interrupted");
                }
                Relation coRel = ChoiceRelations.co(s, coOrders, coChoice, loc);
                Execution x = new Execution(structure, events, rfRel, coRel);
                Verdict v = approval != null && model.coherent(x) ? approval : judging.check(x, true);
                if (v.allowed() || everyCandidate) {
                    sink.accept(new Candidate(x, s.paths, ChoiceRelations.finalMemory(s, coOrders, coChoice), v));
                }
                return;
            }
            if (shortcuts && approval == null && coOrders.get(loc).size() > 1
                    && coChoicesFrom(coOrders, loc) >= APPROVAL_MIN_LEAVES) {
                Relation over = ChoiceRelations.co(s, coOrders, coChoice, loc)
                        .union(ChoiceRelations.everyCoOrder(s, coOrders.subList(loc, coOrders.size())));
                approval = model.verdictForAll(new Execution(structure, events, rfRel, over)).orElse(null);
                if (grouped && approval != null) {
                    chooseCoGrouped(coOrders, coChoice, loc, rfRel, approval);
                    return;
                }
            }
            if (approval == null && coOrders.get(loc).size() > 1 && worthRefuting(coChoicesFrom(coOrders, loc))
                    && model.refutes(new Execution(structure, events, rfRel,
                            commonCo(coOrders).union(ChoiceRelations.co(s, coOrders, coChoice, loc))))) {
                return;
            }
            for (int k = 0; k < coOrders.get(loc).size(); k++) {
                coChoice[loc] = k;
                chooseCo(coOrders, coChoice, loc + 1, rfRel, approval);
            }
        }

        private boolean worthRefuting(long completions) {
            return shortcuts && approved == null && !everyCandidate && completions >= REFUTE_MIN_LEAVES;
        }

        private long rfChoicesFrom(int i) {
            long product = 1;
            for (int j = i; j < rf.reads.length && product < REFUTE_MIN_LEAVES; j++) {
                product *= rf.sources[j].length;
            }
            return product;
        }

        private long coChoicesFrom(List<List<int[]>> coOrders, int loc) {
            long product = 1;
            for (int j = loc; j < coOrders.size() && product < REFUTE_MIN_LEAVES; j++) {
                product *= coOrders.get(j).size();
            }
            return product;
        }

        private Relation baseCo;
        private Relation coSpace;
        /** The skeleton's events with the rf chosen last (Skeleton.eventsReading): what its executions hold. */
        private List<Event> events;
        private List<List<int[]>> commonCoOf;
        private Relation commonCo;

        /** The co pairs every order left for each location has: what any completion's co holds. */
        private Relation commonCo(List<List<int[]>> coOrders) {
            if (commonCoOf != coOrders) {
                commonCoOf = coOrders;
                commonCo = ChoiceRelations.commonCo(s, coOrders);
            }
            return commonCo;
        }

        private Relation baseCo() {
            if (baseCo == null) {
                baseCo = ChoiceRelations.baseCo(s);
            }
            return baseCo;
        }
    }
}
