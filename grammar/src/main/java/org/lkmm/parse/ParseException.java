package org.lkmm.parse;

import org.lkmm.ast.SourcePos;

/** A syntax error: where it is and what is wrong, in words for people. */
public final class ParseException extends Exception {
    private final SourcePos pos;
    private final String problem;

    public ParseException(SourcePos pos, String problem) {
        super(pos + ": error: " + problem);
        this.pos = pos;
        this.problem = problem;
    }

    public SourcePos pos() {
        return pos;
    }

    public String problem() {
        return problem;
    }
}
