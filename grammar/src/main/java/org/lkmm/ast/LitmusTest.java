package org.lkmm.ast;

import java.util.List;
import java.util.Optional;

/**
 * A parsed C litmus test, exactly as written; herd7 accepts a test without a final clause. name
 * is herd7's (one trailing ".litmus" dropped); hash is what herd7 prints on its Hash= line, if
 * it prints one.
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
        Optional<String> expectedResult) {

    /** This test with herd7's name for it and the value of its Hash= line. */
    public LitmusTest asHerdReadsIt(String herdName, Optional<String> herdHash) {
        return new LitmusTest(pos, herdName, init, processes, locations, filter, clause, herdHash, expectedResult);
    }
}
