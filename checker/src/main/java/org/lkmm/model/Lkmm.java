package org.lkmm.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lkmm.relation.Relation;

/**
 * The Linux-kernel memory model of Linux 6.1 (linux-kernel.bell, linux-kernel.cat, lock.cat),
 * one method per cat definition in {@link Run}, {@link Rcu} and {@link PlainAccesses}.
 * Axioms listed in {@code disabled} are not checked (to show each one is load-bearing).
 */
public final class Lkmm {
    private final Set<Axiom> disabled;

    public Lkmm() {
        this(EnumSet.noneOf(Axiom.class));
    }

    public Lkmm(Set<Axiom> disabled) {
        this.disabled = disabled.isEmpty() ? EnumSet.noneOf(Axiom.class) : EnumSet.copyOf(disabled);
    }

    /** Whether the axiom is checked; an enumerator may apply it early only then. */
    public boolean checks(Axiom a) {
        return !disabled.contains(a);
    }

    public Verdict check(Execution x, boolean wantFlags) {
        return new Run(x, disabled).verdict(wantFlags);
    }

    /** A broken axiom and the relation that breaks it (its cycle, reflexive pair or members). */
    public record Failure(Axiom axiom, Relation witness) {}

    /** Every enabled axiom the execution breaks, in the order of the cat file. */
    public List<Failure> failures(Execution x) {
        Run run = new Run(x, disabled);
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
