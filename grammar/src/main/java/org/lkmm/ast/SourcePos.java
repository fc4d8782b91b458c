package org.lkmm.ast;

/** Where a construct starts in its file; column is 1-based like compilers print it. */
public record SourcePos(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
