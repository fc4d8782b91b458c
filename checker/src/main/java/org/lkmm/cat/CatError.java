package org.lkmm.cat;

import org.lkmm.ast.SourcePos;

/**
 * An error in a model found while evaluating it (a type error, an unbound name that no try
 * catches): {@code file:line:col: error: ...}. Unchecked, because it surfaces deep inside the
 * evaluation of one execution; {@code try e with f} in the model catches it, as herd's does.
 */
public final class CatError extends RuntimeException {
    private final transient SourcePos pos;
    private final String problem;

    public CatError(SourcePos pos, String problem) {
        super((pos == null ? "(model)" : pos.toString()) + ": error: " + problem, null, false, false);
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
