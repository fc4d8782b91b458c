package org.lkmm.ast.cat;

import java.util.Optional;
import org.lkmm.ast.SourcePos;

/**
 * A check such as {@code acyclic po-loc | com as coherence} or {@code ~empty X as flag-name}:
 * the kind of test, whether it is negated, the expression tested and its optional name.
 */
public record AppTest(SourcePos pos, Kind kind, boolean negated, Exp exp, Optional<String> name) {
    public enum Kind {
        ACYCLIC,
        IRREFLEXIVE,
        EMPTY
    }
}
