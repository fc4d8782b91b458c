package org.lkmm.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lkmm.relation.Relation;

/**
 * The Linux-kernel memory model (linux-kernel.bell, linux-kernel.cat, lock.cat) of one
 * {@link Generation}, one method per cat definition in {@link Run}, {@link Rcu} and
 * {@link PlainAccesses}. Axioms listed in {@code disabled} are not checked (to show each one is
 * load-bearing).
 */
public final class Lkmm implements MemoryModel {
    private final Generation gen;
    private final Set<Axiom> disabled;
    /** The memory locations the test looks at (herd's FW covers them): where lock-final is raised. */
    private final Set<Integer> observed;

    /** Linux 6.1's model. */
    public Lkmm() {
        this(Generation.LINUX_6_1);
    }

    public Lkmm(Generation gen) {
        this(gen, EnumSet.noneOf(Axiom.class), Set.of());
    }

    /** Linux 6.1's model without the disabled axioms. */
    public Lkmm(Set<Axiom> disabled) {
        this(Generation.LINUX_6_1, disabled, Set.of());
    }

    public Lkmm(Generation gen, Set<Axiom> disabled) {
        this(gen, disabled, Set.of());
    }

    private Lkmm(Generation gen, Set<Axiom> disabled, Set<Integer> observed) {
        this.gen = gen;
        this.disabled = disabled.isEmpty() ? EnumSet.noneOf(Axiom.class) : EnumSet.copyOf(disabled);
        this.observed = Set.copyOf(observed);
    }

    @Override
    public String name() {
        return gen.title() + " (built-in)";
    }

    public Generation generation() {
        return gen;
    }

    @Override
    public MemoryModel observing(Set<Integer> locations) {
        return new Lkmm(gen, disabled, locations);
    }

    /** Whether the axiom is checked; an enumerator may apply it early only then. */
    @Override
    public boolean checks(Axiom a) {
        return !disabled.contains(a);
    }

    @Override
    public Verdict check(Execution x, boolean wantFlags) {
        Verdict v = new Run(x, disabled, gen).verdict(wantFlags);
        if (wantFlags && v.allowed() && testsLockValue(x)) {
            Set<String> flags = new java.util.TreeSet<>(v.flags());
            flags.add("lock-final"); // lock.cat: flag ~empty [FW] ; loc ; [ALL-LOCKS]
            return new Verdict(v.failed(), flags);
        }
        return v;
    }

    /** herd's FW covers the observed locations; one where ALL-LOCKS has an event is flagged lock-final. */
    private boolean testsLockValue(Execution x) {
        if (observed.isEmpty()) {
            return false;
        }
        for (int e : Vocabulary.of(x.structure(), gen).allLocks.members()) {
            if (observed.contains(x.events().get(e).location())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verdict shared by every execution whose rf and co are contained in those of
     * {@code over} (same structure) and which passes coherence, if there is one. The caller
     * must build only executions where each RMW's write follows the write its read took at once
     * in co (which implies the atomic axiom), as the enumerator does while atomic is checked.
     * <p>
     * When over passes every other check, so does each such execution: on a structure with no
     * plain accesses, no lock events and no SRCU, every relation the checks use only grows when
     * rf and co grow. Plain accesses are excluded because data races and plain coherence subtract
     * visibility relations; lock events because lock.cat rebuilds rf and co; SRCU because
     * srcu-bad-nesting compares values (and since v6.4 SRCU sections and their flags turn on rf).
     * What v6.4 added elsewhere (carry-dep, rmw-sequence) only grows with rf. Coherence is left to the caller because an
     * over-approximation that lets one read take two writes always has an rf;fr cycle; atomic
     * because one that lets two writes come in either order always puts one between.
     * The flags left on such a structure are structural, so over's flags are everyone's.
     */
    @Override
    public Optional<Verdict> verdictForAll(Execution over) {
        Structure b = over.structure();
        boolean monotone = b.memory.minus(Vocabulary.of(b, gen).marked).isEmpty()
                && !b.hasLockEvents()
                && b.srcuLock.isEmpty() && b.srcuUnlock.isEmpty() && b.syncSrcu.isEmpty();
        if (!monotone) {
            return Optional.empty();
        }
        EnumSet<Axiom> skip = disabled.isEmpty() ? EnumSet.noneOf(Axiom.class) : EnumSet.copyOf(disabled);
        skip.add(Axiom.COHERENCE);
        skip.add(Axiom.ATOMIC);
        Verdict v = new Run(over, skip, gen).verdict(true);
        return v.allowed() ? Optional.of(v) : Optional.empty();
    }

    /**
     * Whether a partial execution, whose rf and co hold only some of their pairs, already breaks
     * an axiom; then every execution that completes it breaks it too. On a structure without
     * lock events every checked relation only grows as pairs are added (lock.cat's
     * singlestep(co) is the exception, so lock tests are never refuted early). Flags, which
     * subtract relations, are not looked at.
     */
    @Override
    public boolean refutes(Execution partial) {
        Structure b = partial.structure();
        if (b.hasLockEvents()) {
            return false;
        }
        return !new Run(partial, disabled, gen).verdict(false).allowed();
    }

    /** Whether the execution passes the coherence axiom (always, when it is not checked). */
    @Override
    public boolean coherent(Execution x) {
        if (disabled.contains(Axiom.COHERENCE)) {
            return true;
        }
        Structure b = x.structure();
        if (!b.hasLockEvents()) {
            return Coherence.perLocation(b, x.rf(), x.co()); // lock.cat leaves rf and co as they are
        }
        return new Run(x, disabled, gen).coherent();
    }

    /** A broken axiom and the relation that breaks it (its cycle, reflexive pair or members). */
    public record Failure(Axiom axiom, Relation witness) {}

    /** Every enabled axiom the execution breaks, in the order of the cat file. */
    public List<Failure> failures(Execution x) {
        Run run = new Run(x, disabled, gen);
        List<Failure> out = new ArrayList<>();
        for (Axiom a : Axiom.values()) {
            if (!disabled.contains(a)) {
                Relation r = run.violation(a);
                if (run.breaks(a, r)) {
                    out.add(new Failure(a, r));
                }
            }
        }
        return out;
    }
}
