package org.lkmm.diag;

import org.lkmm.ast.SourcePos;

/** Bad input found after parsing: a value until the CLI prints it as one line with exit code 2. */
public final class InputError extends Exception {
    private final SourcePos pos;

    public InputError(SourcePos pos, String problem) {
        super(pos + ": error: " + problem);
        this.pos = pos;
    }

    public SourcePos pos() {
        return pos;
    }
}
