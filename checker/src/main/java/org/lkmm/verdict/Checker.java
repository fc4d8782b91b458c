package org.lkmm.verdict;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.lkmm.ast.Clause;
import org.lkmm.ast.Cond;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Location;
import org.lkmm.diag.InputError;
import org.lkmm.enumerate.Candidate;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.enumerate.Observed;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.MemoryModel;
import org.lkmm.program.Event;
import org.lkmm.program.LkmmVersion;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;
import org.lkmm.program.ThreadPath;

/** Decides a test's final clause over all executions the LKMM allows, as herd7 does. */
public final class Checker {
    private final KernelTable kernel;
    private final LkmmVersion version;
    private final MemoryModel model;
    private final Search search;
    private final Speedcheck speedcheck;
    private final OptionalInt unroll;

    public Checker(KernelTable kernel, MemoryModel model) {
        this(kernel, model, Search.PRUNED);
    }

    public Checker(KernelTable kernel, MemoryModel model, Search search) {
        this(new ModelChoice(kernel, LkmmVersion.V1, model), search);
    }

    public Checker(ModelChoice choice, Search search) {
        this(choice, search, CheckOptions.DEFAULT);
    }

    public Checker(ModelChoice choice, Search search, CheckOptions options) {
        this.kernel = choice.kernel();
        this.version = choice.version();
        this.model = choice.model();
        this.search = search;
        this.speedcheck = options.speedcheck();
        this.unroll = options.unroll();
    }

    public TestResult check(String file, LitmusTest test) throws InputError {
        long start = System.nanoTime();
        return check(file, test, new Lowering(kernel, version, unroll).lower(test), start, (c, holds) -> { });
    }

    /**
     * The same on the test already lowered (by this checker's kernel table and version), showing
     * seen each allowed candidate that passes the filter, with whether the condition's
     * proposition holds on it (a candidate may stand for a group with its observed values).
     */
    public TestResult check(String file, LitmusTest test, Program program, BiConsumer<Candidate, Boolean> seen)
            throws InputError {
        return check(file, test, program, System.nanoTime(), seen);
    }

    private TestResult check(String file, LitmusTest test, Program program, long start,
                             BiConsumer<Candidate, Boolean> seen) throws InputError {
        // herd7 reads a test without a final clause as "forall (true)"
        Clause clause = test.clause().orElse(new Clause(test.pos(), Clause.Kind.FORALL, new Cond.Const(true)));
        List<Location> observed = FinalStates.observed(test, clause.cond());
        // herd's final writes (FW) cover the locations of the condition, locations and filter
        Set<Integer> observedMemory = new HashSet<>();
        List<Location> withFilter = new ArrayList<>(observed);
        test.filter().ifPresent(f -> withFilter.addAll(f.locations()));
        for (Location l : withFilter) {
            if (l instanceof Location.Memory m) {
                observedMemory.add(program.layout().index().get(m.name()));
            }
        }
        StateSet states = new StateSet(StateColumns.of(test, observed, program.layout()));
        boolean everyValueDetermined = program.valuesAlwaysDetermined();
        SortedSet<String> flags = new TreeSet<>();
        BigInteger[] counts = {BigInteger.ZERO, BigInteger.ZERO};
        MemoryStage stage = new MemoryStage(program);
        boolean stageNeeded = stage.needed();
        Set<List<Object>> seenWithUnknowns = new HashSet<>();
        // -speedcheck fast: herd7 prints the first relevant execution its search meets
        Set<List<Object>> firstCandidates = new HashSet<>();
        Enumerator enumerator = new Enumerator(program, model.observing(observedMemory), search);
        // candidates may stand for groups that share paths, final memory and verdict: enough
        // here unless herd7's equations leave values open (which turns on rf and co)
        Consumer<Candidate> judge = candidate -> {
            MemoryStage.Resolution resolution = stageNeeded ? stage.resolve(candidate)
                    : MemoryStage.Resolution.DETERMINED;
            if (resolution.dropped()) {
                return; // herd7's solver finds no values for it, or leaves equations open
            }
            FinalState state = new FinalState(program, candidate, stage, resolution);
            if (test.filter().isPresent() && !state.holds(test.filter().get())) {
                return;
            }
            boolean holds = state.holds(clause.cond());
            if (speedcheck != Speedcheck.FALSE && holds == (clause.kind() == Clause.Kind.FORALL)) {
                return; // herd7's final_is_relevant: the state does not bear on the condition
            }
            if (resolution.solution() != null && stage.keepsUnknowns(candidate, resolution.solution())
                    && !seenWithUnknowns.add(herdExecution(candidate))) {
                return; // herd7 has one execution for all the values its unknowns could take
            }
            stopOnFailure(program, candidate, resolution);
            states.add(state.values(observed));
            flags.addAll(candidate.verdict().flags());
            if (speedcheck == Speedcheck.FAST) {
                firstCandidates.add(List.of(state.values(observed), candidate.verdict().flags()));
            }
            int which = holds ? 0 : 1;
            seen.accept(candidate, which == 0);
            counts[which] = counts[which].add(candidate.count());
        };
        BigInteger explored;
        try {
            explored = everyValueDetermined
                    ? enumerator.runCounted(judge, looksAt(program, test, observed))
                    : enumerator.run(judge);
            stopsOnCutRun(program, test, stage, observedMemory);
        } catch (HerdStops e) {
            throw new InputError(e.at.orElse(test.pos()), "herd7 stops with " + e.getMessage()
                    + ": an execution the model allows computes it");
        }
        BigInteger positive = counts[0];
        BigInteger negative = counts[1];
        if (speedcheck == Speedcheck.FAST && !firstCandidates.isEmpty()) {
            if (firstCandidates.size() > 1) {
                throw new InputError(test.pos(), "-speedcheck fast: herd7 stops at the first execution its own search"
                        + " meets, and here executions with " + firstCandidates.size() + " different final states or"
                        + " flags qualify, so which one herd7 prints is its search order's choice: use -speedcheck true");
            }
            boolean holds = clause.kind() != Clause.Kind.FORALL;
            positive = holds ? BigInteger.ONE : BigInteger.ZERO;
            negative = holds ? BigInteger.ZERO : BigInteger.ONE;
        }
        boolean ok = switch (clause.kind()) {
            case EXISTS -> positive.signum() > 0;
            case NOT_EXISTS -> positive.signum() == 0;
            case FORALL -> negative.signum() == 0;
        };
        boolean loop = LoopCheck.loops(program, test.filter());
        List<String> warnings = new ArrayList<>(program.warnings());
        if (loop) {
            warnings.add(loopPosition(program) + ": warning: unrolling limit exceeded at While (herd7 unrolls loops "
                    + Lowering.unroll(test, unroll) + " times), legal outcomes may be missing");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new TestResult(file, test.name(), clause.kind(), clause.kind().keyword() + " " + FinalStates.text(clause.cond()),
                states.lines(), positive, negative, flags, ok, explored, seconds, test.hash(), loop, warnings, model.name());
    }

    /** Where the first loop herd7 cut is. */
    private static String loopPosition(Program program) {
        return program.cutOff().stream().flatMap(List::stream).findFirst()
                .map(p -> p.source().cutAt().orElseThrow().toString()).orElse(program.test().pos().file());
    }

    /** herd's execution behind a candidate: its alternatives, rf and co. */
    private static List<Object> herdExecution(Candidate c) {
        List<Object> key = new ArrayList<>();
        c.paths().forEach(p -> key.add(p.source()));
        key.add(c.execution().rf());
        key.add(c.execution().co());
        return key;
    }

    /**
     * herd7 raises an allowed execution's failure before it discards the executions it cut at
     * its unrolling bound (top_herd.ml, check_failed_model_kont): so a candidate with a cut run
     * that the model allows and that computes a failure stops the test as well. Looked for only
     * where some run fails or a value may depend on itself (a solver failure).
     */
    private void stopsOnCutRun(Program program, LitmusTest test, MemoryStage stage, Set<Integer> observedMemory) {
        boolean someCut = program.cutOff().stream().anyMatch(paths -> !paths.isEmpty());
        boolean mayFail = !program.valuesAlwaysDetermined() || Stream.of(program.threads(), program.cutOff())
                .flatMap(List::stream).flatMap(List::stream).anyMatch(p -> p.failure().isPresent());
        if (!someCut || !mayFail) {
            return;
        }
        Set<ThreadPath> cut = Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<ThreadPath>> all = new ArrayList<>();
        for (int t = 0; t < program.threads().size(); t++) {
            cut.addAll(program.cutOff().get(t));
            List<ThreadPath> runs = new ArrayList<>(program.threads().get(t));
            runs.addAll(program.cutOff().get(t));
            all.add(runs);
        }
        Program withCut = new Program(program.test(), program.layout(), program.initialValues(), all,
                program.threadIds(), all.stream().map(r -> List.<ThreadPath>of()).toList(),
                program.warnings());
        new Enumerator(withCut, model.observing(observedMemory), search).run(candidate -> {
            if (candidate.paths().stream().noneMatch(cut::contains)) {
                return; // judged already
            }
            MemoryStage.Resolution resolution = stage.resolve(candidate);
            if (resolution.dropped()) {
                return;
            }
            FinalState state = new FinalState(program, candidate, stage, resolution);
            if (test.filter().isPresent() && !state.holds(test.filter().get())) {
                return;
            }
            stopOnFailure(program, candidate, resolution);
        });
    }

    /** herd7 stops the test on the candidate's failure, if it computes one: in herd's words, addresses named. */
    private static void stopOnFailure(Program program, Candidate c, MemoryStage.Resolution r) {
        if (r.solution() != null && r.solution().failure().isPresent()) {
            // the memory stage's: no operation to point at
            throw new HerdStops(program.layout().named(r.solution().failure().get()), java.util.Optional.empty());
        }
        for (ThreadPath p : c.paths()) {
            if (p.failure().isPresent()) {
                throw new HerdStops(program.layout().named(p.failure().get()), p.failureAt());
            }
        }
    }

    /** herd7 stops the whole test: Fatal error, nothing printed. */
    private static final class HerdStops extends RuntimeException {
        final java.util.Optional<org.lkmm.ast.SourcePos> at;

        HerdStops(String reason, java.util.Optional<org.lkmm.ast.SourcePos> at) {
            super(reason, null, false, false);
            this.at = at;
        }
    }

    /** Everything judge reads of a candidate's final state: the observed locations and the filter's. */
    private static Observed looksAt(Program program, LitmusTest test, List<Location> observed) {
        List<Location> all = new ArrayList<>(observed);
        test.filter().ifPresent(f -> all.addAll(f.locations()));
        Set<Integer> memory = new HashSet<>();
        Map<Integer, Set<String>> registers = new HashMap<>();
        for (Location l : all) {
            if (l instanceof Location.Memory m) {
                memory.add(program.layout().index().get(m.name()));
            } else if (l instanceof Location.Register r) {
                registers.computeIfAbsent(program.threadIndex(r.process()), k -> new HashSet<>()).add(r.name());
            }
        }
        return new Observed(memory, registers);
    }

}
