package org.lkmm.review.repair;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lkmm.ast.Expr;
import org.lkmm.ast.Stmt;
import org.lkmm.kernel.KernelTable;
import org.lkmm.kernel.Role;

/**
 * Moves as edits of the test's text, so that a fix is shown (and re-checked) as the lines a
 * developer would write: a fence on its own line before a statement that starts its line
 * (inline otherwise), smp_mb__after_atomic() after the statement's ';', a renamed call with its
 * first argument's '*' or '&' adapted, a plain access wrapped in the call.
 */
final class Spelling {
    private final SourceText source;
    private final KernelTable kernel;

    Spelling(SourceText source, KernelTable kernel) {
        this.source = source;
        this.kernel = kernel;
    }

    String apply(Collection<Move> moves) {
        List<TextEdit> edits = new ArrayList<>();
        moves.forEach(m -> edits.addAll(edits(m)));
        return source.apply(edits);
    }

    List<TextEdit> edits(Move m) {
        return switch (m.how()) {
            case GAP -> List.of(before(m.statement(), m.to() + "();"));
            case AFTER -> {
                int semi = source.find(source.offset(m.statement().pos()), ";");
                yield List.of(new TextEdit(semi + 1, 0, " " + m.to() + "();"));
            }
            case RENAME -> rename((Expr.Call) m.expr(), m.to());
            case WRAP, DEREF -> m.expr() != null ? wrapLoad((Expr.Deref) m.expr(), m.to())
                    : wrapStore((Stmt.Store) m.statement(), m.to());
            case STRIP -> throw new IllegalArgumentException("strip lines are never moves");
        };
    }

    /** Text put before a statement: its own line when the statement starts its line. */
    TextEdit before(Stmt s, String text) {
        int at = statementStart(s);
        if (source.startsLine(at)) {
            int lineStart = source.lineStartOf(at);
            return new TextEdit(lineStart, 0, source.indentOf(at) + text + "\n");
        }
        return new TextEdit(at, 0, text + " ");
    }

    /** Where a statement's text starts: a declaration's at its type, before the declarator. */
    private int statementStart(Stmt s) {
        int at = source.offset(s.pos());
        if (!(s instanceof Stmt.Declare)) {
            return at;
        }
        int i = at;
        while (i > 0 && ";{})".indexOf(source.at(i - 1)) < 0 && !isCommentEnd(i)) {
            i--;
        }
        while (Character.isWhitespace(source.at(i))) {
            i++;
        }
        return i;
    }

    private boolean isCommentEnd(int i) {
        return i >= 2 && source.at(i - 1) == '/' && source.at(i - 2) == '*';
    }

    List<TextEdit> rename(Expr.Call c, String to) {
        List<TextEdit> out = new ArrayList<>();
        out.add(new TextEdit(source.offset(c.pos()), c.name().length(), to));
        Role was = firstRole(c.name());
        Role is = firstRole(to);
        if (c.args().isEmpty()) {
            return out;
        }
        Expr first = c.args().get(0);
        int at = source.offset(first.pos());
        if (was == Role.LV && is == Role.PTR) {
            out.add(first instanceof Expr.Deref ? new TextEdit(at, 1, "") : new TextEdit(at, 0, "&"));
        } else if (was == Role.PTR && is == Role.LV) {
            out.add(first instanceof Expr.AddressOf ? new TextEdit(at, 1, "") : new TextEdit(at, 0, "*"));
        }
        return out;
    }

    private List<TextEdit> wrapLoad(Expr.Deref d, String to) {
        int start = source.offset(d.pos());
        int end = source.derefEnd(start);
        if (firstRole(to) == Role.LV) {
            return List.of(new TextEdit(start, 0, to + "("), new TextEdit(end, 0, ")"));
        }
        return List.of(new TextEdit(start, 1, to + "("), new TextEdit(end, 0, ")"));
    }

    private List<TextEdit> wrapStore(Stmt.Store st, String to) {
        int start = source.offset(st.pos());
        int assign = source.find(start, "=");
        int semi = source.find(assign + 1, ";");
        String target = source.text().substring(start, assign).strip();
        String value = source.text().substring(assign + 1, semi).strip();
        String first = firstRole(to) == Role.LV ? target : target.substring(1).strip();
        return List.of(new TextEdit(start, semi - start, to + "(" + first + ", " + value + ")"));
    }

    private Role firstRole(String primitive) {
        return kernel.lookup(primitive).filter(p -> p.arity() > 0).map(p -> p.args().get(0)).orElse(Role.VAL);
    }
}
