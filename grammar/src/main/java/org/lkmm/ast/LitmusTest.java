package org.lkmm.ast;

import java.util.List;
import java.util.Optional;

/** A parsed C litmus test, exactly as written; herd7 accepts a test without a final clause. */
public record LitmusTest(
        SourcePos pos,
        String name,
        List<InitEntry> init,
        List<Process> processes,
        List<Location> locations,
        Optional<Cond> filter,
        Optional<Clause> clause,
        Optional<String> expectedResult) {}
