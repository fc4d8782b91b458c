package org.lkmm.model;

import java.util.Optional;
import java.util.Set;

/**
 * What the model says of one candidate execution: the first check that failed, by the name the
 * model gives it (linux-kernel.cat's "happens-before", ...), and the flags raised.
 */
public record Verdict(Optional<String> failed, Set<String> flags) {
    public boolean allowed() {
        return failed.isEmpty();
    }

    /** The failed check as an axiom of the built-in model, when it is one. */
    public Optional<Axiom> axiom() {
        return failed.flatMap(Axiom::ofCatName);
    }
}
