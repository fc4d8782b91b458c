package org.lkmm.review;

import java.util.List;
import java.util.Optional;

/**
 * The review of one test: its verdict with the barriers as written, each site's finding, and
 * a smallest set of ordering sites (fences, release/acquire, ordered atomics, RCU) that keeps
 * the verdict when every other one is weakened as far as it goes.
 */
public record Review(String file, String test, String verdict, Optional<String> expected, List<SiteReport> sites,
                     List<Site> minimalSet, boolean minimalSetExact) {
    public boolean meetsExpectation() {
        return expected.isEmpty() || expected.get().equals(verdict)
                || expected.get().equals("DEADLOCK") && verdict.equals("Never");
    }
}
