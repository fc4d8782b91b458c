package org.lkmm.verdict;

import java.util.List;
import java.util.SortedSet;
import org.lkmm.ast.Clause;

/**
 * Everything herd7 reports for a test. positive/negative count allowed executions in which the
 * clause's proposition holds / fails (herd's Observation line); ok says whether the clause
 * itself is satisfied.
 */
public record TestResult(String file, String name, Clause.Kind kind, String condition, List<String> states,
                         long positive, long negative, SortedSet<String> flags, boolean ok,
                         long explored, double seconds) {
    public String verdict() {
        if (positive == 0) {
            return "Never";
        }
        return negative == 0 ? "Always" : "Sometimes";
    }

    /** Witnesses as herd prints them: for ~exists the roles of the counts swap. */
    public long witnessesPositive() {
        return kind == Clause.Kind.NOT_EXISTS ? negative : positive;
    }

    public long witnessesNegative() {
        return kind == Clause.Kind.NOT_EXISTS ? positive : negative;
    }
}
