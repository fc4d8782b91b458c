package org.lkmm.explain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkmm.enumerate.Candidate;
import org.lkmm.model.Axiom;
import org.lkmm.program.Layout;

/**
 * Why a test's outcome (the proposition of its final clause) is or is not observable.
 * observable: some allowed execution satisfies it, and witness is one.
 * Otherwise forbidding counts, for the candidate executions that would produce the outcome,
 * which axioms rule them out; example is one such execution with the cycle of its first
 * broken axiom; and brokenTogether is every axiom that execution breaks.
 */
public record Explanation(String test, Layout layout, String condition, String finalState, boolean observable, Optional<Candidate> witness,
                          Map<Axiom, Integer> forbidding, Optional<Candidate> example, Optional<Axiom> exampleAxiom,
                          List<Link> cycle, List<Axiom> brokenTogether, long candidatesWithOutcome) {}
