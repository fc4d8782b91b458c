package org.lkmm.ast;

import java.util.List;
import java.util.Optional;

/**
 * A parsed C litmus test, exactly as written; herd7 accepts a test without a final clause. name
 * is herd7's (one trailing ".litmus" dropped); hash is what herd7 prints on its Hash= line, if
 * it prints one; unroll is the value of the test's own Unroll= line, which herd7 prefers to its
 * -unroll option.
 */
public record LitmusTest(
        SourcePos pos,
        String name,
        List<InitEntry> init,
        List<Process> processes,
        List<Location> locations,
        Optional<Cond> filter,
        Optional<Clause> clause,
        Optional<String> hash,
        Optional<String> expectedResult,
        Optional<String> unroll) {

    /** This test with herd7's name for it, the value of its Hash= line and of its Unroll= line. */
    public LitmusTest asHerdReadsIt(String herdName, Optional<String> herdHash, Optional<String> herdUnroll) {
        return new LitmusTest(pos, herdName, init, processes, locations, filter, clause, herdHash, expectedResult,
                herdUnroll);
    }

    /** The same test with other processes (its hash dropped: the text no longer matches). */
    public LitmusTest withProcesses(List<Process> rewritten) {
        return new LitmusTest(pos, name, init, rewritten, locations, filter, clause, Optional.empty(), expectedResult,
                unroll);
    }
}
