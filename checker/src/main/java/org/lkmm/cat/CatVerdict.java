package org.lkmm.cat;

import java.util.Optional;
import java.util.Set;
import org.lkmm.model.Axiom;
import org.lkmm.model.Verdict;

/**
 * What a model says of one execution: the first check that fails, by its cat name
 * ({@code happens-before}, {@code ConsCo}, or {@code with co} when the execution's co is not one
 * of those the model generates), and the flags raised (only when every check passes).
 */
public record CatVerdict(Optional<String> failed, Set<String> flags) {
    public CatVerdict {
        flags = Set.copyOf(flags);
    }

    public boolean allowed() {
        return failed.isEmpty();
    }

    /**
     * The failed check as an axiom of the built-in model of Linux 6.1: the same name, or
     * coherence for cos-opt.cat's early checks (ConsCo, and a co that extends no candidate of
     * generate_cos: either means a cycle in po-loc | rf | co | fr). Empty when allowed, or
     * when the model's check has no counterpart.
     */
    public Optional<Axiom> axiom() {
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        String name = failed.get();
        if (name.equals("ConsCo") || name.equals("with co")) {
            return Optional.of(Axiom.COHERENCE);
        }
        for (Axiom a : Axiom.values()) {
            if (a.catName().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** As org.lkmm.model.Verdict, with cos-opt.cat's early checks named coherence as the built-in model has them. */
    public Verdict toVerdict() {
        return new Verdict(axiom().map(Axiom::catName).or(() -> failed), flags);
    }
}
