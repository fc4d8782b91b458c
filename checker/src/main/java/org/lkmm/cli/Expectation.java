package org.lkmm.cli;

import java.util.Optional;
import org.lkmm.verdict.TestResult;

/** The kernel's judgelitmus.sh rule: the Result: word must match the Observation verdict. */
final class Expectation {
    private Expectation() {}

    /** Empty when the result meets the expectation (or the test states none), else what went wrong. */
    static Optional<String> mismatch(TestResult r, Optional<String> expected) {
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        String want = expected.get();
        boolean met = switch (want) {
            case "DEADLOCK" -> r.positive().signum() == 0 && r.negative().signum() == 0;
            case "Maybe" -> true;
            default -> want.equals(r.verdict());
        };
        return met ? Optional.empty() : Optional.of("expected " + want + ", got " + r.verdict());
    }
}
