package org.lkmm.review.repair;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * What repair found for one test. status: whether a repair was asked for and found. fixes are
 * every cheapest fix found (ties included); cost is theirs. search says how they were found:
 * exact (every combination of moves up to that cost checked) or a bounded beam search, which
 * only vouches for what it found. checked counts the candidate tests checked.
 */
public record Repair(String file, String test, String verdict, SortedSet<String> flags, Optional<String> want,
                     Status status, List<Slot> slots, List<Fix> fixes, int cost, String search, int checked,
                     Optional<String> strongestVerdict) {
    public enum Status {
        /** The Result: line (or --want) does not ask for the outcome to be forbidden. */
        NOT_ASKED,
        /** The test is already Never without a data race. */
        ALREADY_MET,
        /** Fixes were found. */
        FIXED,
        /** Not even every strengthening at once forbids the outcome. */
        NO_FIX
    }
}
