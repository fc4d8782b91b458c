package org.lkmm.verdict;

import java.util.List;
import org.lkmm.enumerate.Candidate;
import org.lkmm.relation.Relation;

/**
 * An execution up to its undetermined values: the events without their values, and the
 * reads-from and coherence choices. Lowering may instantiate undetermined values in several
 * ways; herd7 solves for values and so has one execution for all of them.
 */
record UnknownValues(List<String> events, Relation rf, Relation co) {
    static UnknownValues of(Candidate c) {
        List<String> events = c.execution().events().stream()
                .map(e -> e.thread() + ":" + e.poIndex() + ":" + e.kind() + ":" + e.location())
                .toList();
        return new UnknownValues(events, c.execution().rf(), c.execution().co());
    }
}
