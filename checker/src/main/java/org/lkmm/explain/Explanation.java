package org.lkmm.explain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.lkmm.enumerate.Candidate;
import org.lkmm.model.Axiom;
import org.lkmm.program.Layout;

/**
 * Why a test's outcome (the proposition of its final clause) is or is not observable.
 * verdict, positive, negative and flags are check's result for the test. observable: some
 * allowed execution satisfies the outcome (and the filter), and witness is one.
 * Otherwise forbidding counts, for the candidate executions that would produce the outcome,
 * which axioms rule them out (all of them when countsExact, else those seen within the time
 * allowed for counting); example is one such execution, exampleAxiom the check it fails first,
 * derivation the edges of that check's cycle (or its offending pairs), each derived in
 * linux-kernel.cat's terms, and cycle the base steps they come to; brokenTogether is every axiom
 * that execution breaks. flagNotes explain each flag; filter is the filter clause, if any.
 */
public record Explanation(String test, Layout layout, String condition, String finalState, boolean observable, Optional<Candidate> witness,
                          Map<Axiom, Integer> forbidding, Optional<Candidate> example, Optional<Axiom> exampleAxiom,
                          List<Link> cycle, List<Axiom> brokenTogether, long candidatesWithOutcome,
                          String verdict, String positive, String negative, SortedSet<String> flags, List<Step> derivation,
                          List<FlagNote> flagNotes, Optional<String> filter, boolean countsExact) {}
