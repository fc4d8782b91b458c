package org.lkmm.model;

import java.util.Optional;
import java.util.Set;

/** What the model says of one candidate execution: the first failed check, and flags raised. */
public record Verdict(Optional<Axiom> failed, Set<String> flags) {
    public boolean allowed() {
        return failed.isEmpty();
    }
}
