package org.lkmm.review.repair;

import org.lkmm.ast.Expr;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.Stmt;
import org.lkmm.review.repair.Strengthenings.How;

/**
 * One strengthening at one place of a test: insert a fence before a statement (GAP), follow a
 * statement with one (AFTER), rename a call (RENAME), or turn a plain access into a call (WRAP,
 * DEREF). statement is the statement it is made at; expr the call or plain load it changes (null
 * for gaps, after-moves' use the call, and plain stores). slot names where it is made: a fix
 * makes at most one move per slot.
 */
public record Move(String slot, int process, How how, String from, String to, String costClass,
                   Stmt statement, Expr expr) {
    /** Where the move is made: the call or load it changes, else its statement. */
    public SourcePos at() {
        return expr != null ? expr.pos() : statement.pos();
    }

    /** The move for people: "smp_mb() before line 33", "READ_ONCE -> smp_load_acquire at line 28". */
    public String describe() {
        int line = at().line();
        return switch (how) {
            case GAP -> to + "() before line " + line;
            case AFTER -> to + "() after the " + from + "() of line " + line;
            case RENAME -> from + " -> " + to + " at line " + line;
            case WRAP, DEREF -> (from.equals(Strengthenings.PLAIN_LOAD) ? "plain load" : "plain store") + " -> " + to
                    + " at line " + line;
            case STRIP -> throw new IllegalStateException("strip lines are never offered");
        };
    }
}
