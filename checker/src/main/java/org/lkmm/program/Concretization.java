package org.lkmm.program;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.lkmm.ast.SourcePos;
import org.lkmm.diag.InputError;
import org.lkmm.solver.Arithmetic;
import org.lkmm.solver.Atom;
import org.lkmm.solver.Equation;
import org.lkmm.solver.Expr;

/**
 * The concrete runs of one alternative: its read unknowns take values from their location's
 * candidates, in program order, and every equation the alternative assumes must hold. Each run
 * is a ThreadPath the enumerator matches against writes (rf must carry the value read).
 */
final class Concretization {
    static final long MAX_RUNS = 200_000;

    private final Layout layout;
    private final List<Set<Long>> candidates;
    private final Set<Long> strays;
    /** Per process number, the registers the condition, filter or locations name. */
    private final Map<Integer, Set<String>> observed;
    /** Where each unknown an operation defines comes from (Monad.Counters): where its failure is. */
    private final Map<Integer, SourcePos> origins;
    private final Map<Long, SourcePos> locksAtIntegers = new java.util.LinkedHashMap<>();
    /** herd's error for a store through something that is no address, the first one met. */
    private Optional<InputError> badAccess = Optional.empty();

    Concretization(Layout layout, List<Set<Long>> candidates, Set<Long> strays, Map<Integer, Set<String>> observed,
                   Map<Integer, SourcePos> origins) {
        this.origins = origins;
        this.layout = layout;
        this.candidates = candidates;
        this.strays = strays;
        this.observed = observed;
    }

    List<ThreadPath> paths(SymbolicPath p) {
        Definitions d = new Definitions(p);
        List<ThreadPath> out = new ArrayList<>();
        Map<Integer, Long> known = new HashMap<>();
        if (d.propagate(known) == Definitions.Outcome.INCONSISTENT) {
            return out;
        }
        run(d, 0, known, unused(p), out);
        return out;
    }

    /**
     * The read unknowns of a path that nothing else uses: no equation, no event's location or
     * value other than its own read's (the register stage leaves one unknown for two reads it
     * found equal, as cmpxchg's expected value and a read), no observed register mentions them.
     * Such a read gets no value of its own (a run per value would only tell apart which write
     * it reads, which rf says): Event.ANY_VALUE. A run cut at the unrolling bound keeps its
     * values (LoopCheck solves them).
     */
    private Set<Integer> unused(SymbolicPath p) {
        Set<Integer> reads = new HashSet<>();
        if (p.cutOff()) {
            return reads;
        }
        Map<Integer, Integer> uses = new HashMap<>();
        for (Action.Memory m : p.events()) {
            if (m.kind() == Kind.READ && m.value() instanceof Atom.Var v) {
                reads.add(v.id());
            }
            use(uses, m.location());
            use(uses, m.value());
        }
        for (Equation e : p.residual()) {
            if (e instanceof Equation.Assign a) {
                use(uses, a.lhs());
                if (a.rhs() instanceof Expr.Binop b) {
                    use(uses, b.left());
                    use(uses, b.right());
                } else {
                    use(uses, ((Expr.Of) a.rhs()).atom());
                }
            }
        }
        for (String r : observed.getOrDefault(p.thread(), Set.of())) {
            Atom a = p.registers().get(r);
            if (a != null) {
                use(uses, a);
            }
        }
        reads.removeIf(v -> uses.get(v) != 1); // its own read's value, and nothing else
        return reads;
    }

    private static void use(Map<Integer, Integer> uses, Atom a) {
        if (a instanceof Atom.Var v) {
            uses.merge(v.id(), 1, Integer::sum);
        }
    }

    private void run(Definitions d, int i, Map<Integer, Long> known, Set<Integer> unused, List<ThreadPath> out) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
        List<Action.Memory> events = d.path().events();
        if (i == events.size()) {
            if (d.allKnown(known)) {
                if (out.size() >= MAX_RUNS) {
                    throw new TooLargeException("P" + d.path().thread() + " has more than " + MAX_RUNS
                            + " ways to run; this test is beyond the checker's budget");
                }
                Definitions.Outcome o = d.propagate(known);
                Optional<Definitions.Failure> failure = o == Definitions.Outcome.FAILED ? d.failure(known)
                        : Optional.empty();
                out.add(path(d, known, unused, failure));
            }
            return;
        }
        Action.Memory e = events.get(i);
        if (e.kind() == Kind.FENCE) {
            run(d, i + 1, known, unused, out);
            return;
        }
        Optional<Long> address = Definitions.value(e.location(), known);
        Optional<Integer> loc = address.flatMap(a -> location(a, e));
        if (loc.isEmpty()) {
            noteBadAccess(e, address);
            return; // no location herd could match: every candidate through it dies
        }
        if (e.kind() == Kind.READ && e.value() instanceof Atom.Var v && !known.containsKey(v.id())
                && !unused.contains(v.id())) {
            for (long c : candidates.get(loc.get())) {
                Map<Integer, Long> next = new HashMap<>(known);
                next.put(v.id(), c);
                if (d.propagate(next) != Definitions.Outcome.INCONSISTENT) {
                    run(d, i + 1, next, unused, out);
                }
            }
            return;
        }
        run(d, i + 1, known, unused, out);
    }

    /**
     * herd7 stops on a store to something that is no address once a candidate is solved
     * (check_symbolic_locations). A load from a constant that is none is refused before, where
     * herd7 refuses it (NoInitialWrite); any other just finds no write to match.
     */
    private void noteBadAccess(Action.Memory e, Optional<Long> address) {
        if (badAccess.isPresent() || address.isEmpty() || Arithmetic.isAddress(address.get())
                || e.kind().isLockEvent() || e.kind() == Kind.READ) {
            return;
        }
        badAccess = Optional.of(new InputError(e.origin().pos(),
                "Non-symbolic memory access found on '[" + address.get() + "]'"
                + (address.get() == 0 ? " (a name that is no parameter is a register, 0 unless assigned)" : "")));
    }

    /** The error herd7 would stop with, if some run accesses what is no address. */
    Optional<InputError> badAccess() {
        return badAccess;
    }

    /**
     * The location event e accesses at address. herd7 locks an integer too (a lock that is no
     * parameter is a register, 0): a lock event there makes it a location (noted for relayout),
     * which only lock events may access; herd refuses any other access there.
     */
    private Optional<Integer> location(long address, Action.Memory e) {
        Optional<Integer> loc = location(address);
        boolean lock = e.kind().isLockEvent();
        if (loc.isPresent() && layout.lockOnly(loc.get()) && !lock) {
            return Optional.empty();
        }
        if (loc.isEmpty() && lock && !Arithmetic.isAddress(address)) {
            strays.add(address);
            locksAtIntegers.putIfAbsent(address, e.origin().pos());
        }
        return loc;
    }

    /** Where a lock event first locked each integer (Lowering warns: herd7 takes it as a lock). */
    Map<Long, SourcePos> locksAtIntegers() {
        return locksAtIntegers;
    }

    private Optional<Integer> location(long address) {
        Optional<Integer> loc = layout.variableAt(address);
        if (loc.isEmpty() && layout.nearVariable(address)) {
            strays.add(address);
        }
        return loc;
    }

    /** The run as concrete events, dependencies as program-order indices within the thread. */
    private ThreadPath path(Definitions d, Map<Integer, Long> known, Set<Integer> unused,
                            Optional<Definitions.Failure> failure) {
        SymbolicPath p = d.path();
        Map<Integer, Integer> poOf = new HashMap<>();
        for (int i = 0; i < p.events().size(); i++) {
            poOf.put(p.events().get(i).eiid(), i);
        }
        List<Event> events = new ArrayList<>(p.events().size());
        for (int i = 0; i < p.events().size(); i++) {
            Action.Memory m = p.events().get(i);
            int loc = m.kind() == Kind.FENCE ? -1
                    : layout.variableAt(Definitions.value(m.location(), known).orElseThrow()).orElseThrow();
            // a failed operation's value: poison for the reads that take it (the run raises the failure)
            long value = m.value() instanceof Atom.Var v && unused.contains(v.id()) ? Event.ANY_VALUE
                    : Definitions.value(m.value(), known).orElse(failure.isPresent() ? Arithmetic.POISON : 0L);
            int rmwRead = m.rmwReadEiid() < 0 ? -1 : poOf.get(m.rmwReadEiid());
            events.add(new Event(p.thread(), i, m.kind(), loc, value, m.annotation(), m.fence(), rmwRead, m.atomic(),
                    po(m.addr(), poOf), po(m.data(), poOf), po(m.ctrl(), poOf), m.origin().pos(), m.origin().primitive(),
                    m.tag(), d.flow(i)));
        }
        Map<String, Long> registers = new HashMap<>();
        // a register a failed operation left undefined holds an unknown (equal to no constant)
        p.registers().forEach((r, a) -> registers.put(r, Definitions.value(a, known)
                .orElse(a instanceof Atom.Var v ? unused.contains(v.id()) ? Event.ANY_VALUE : ThreadPath.UNKNOWN_BASE + v.id()
                        : 0L)));
        return new ThreadPath(p.thread(), List.copyOf(events), registers, p, Map.copyOf(known),
                failure.map(Definitions.Failure::reason), failure.map(f -> origins.get(f.var())));
    }

    private static BitSet po(BitSet eiids, Map<Integer, Integer> poOf) {
        BitSet out = new BitSet();
        for (int e = eiids.nextSetBit(0); e >= 0; e = eiids.nextSetBit(e + 1)) {
            Integer po = poOf.get(e);
            if (po != null) {
                out.set(po);
            }
        }
        return out;
    }
}
