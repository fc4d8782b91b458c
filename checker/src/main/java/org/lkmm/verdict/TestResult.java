package org.lkmm.verdict;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.lkmm.ast.Clause;

/**
 * Everything herd7 reports for a test (hash: the value of its Hash= line, if it prints one;
 * loop: herd cut executions at its loop-unrolling bound and prints "Loop Ok" or "Loop No").
 * warnings are lkmm's one-line warnings, FILE:LINE:COL: warning: ..., for stderr; model names
 * the model that answered. positive/negative count allowed executions in which the clause's
 * proposition holds / fails (herd's Observation line); ok says whether the clause itself is
 * satisfied. Counts are exact however large (pointers90, a chain of 91 processes, has 2^91).
 */
public record TestResult(String file, String name, Clause.Kind kind, String condition, List<String> states,
                         BigInteger positive, BigInteger negative, SortedSet<String> flags, boolean ok,
                         BigInteger explored, double seconds, Optional<String> hash, boolean loop,
                         List<String> warnings, String model) {
    public String verdict() {
        if (positive.signum() == 0) {
            return "Never";
        }
        return negative.signum() == 0 ? "Always" : "Sometimes";
    }

    /** Witnesses as herd prints them: for ~exists the roles of the counts swap. */
    public BigInteger witnessesPositive() {
        return kind == Clause.Kind.NOT_EXISTS ? negative : positive;
    }

    public BigInteger witnessesNegative() {
        return kind == Clause.Kind.NOT_EXISTS ? positive : negative;
    }
}
