package org.lkmm.review.repair;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lkmm.ast.Expr;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.Stmt;
import org.lkmm.kernel.KernelTable;
import org.lkmm.kernel.Role;
import org.lkmm.review.TreeRewriter;

/**
 * A test with some moves made, built on its syntax tree (what the search checks, without
 * printing and parsing every candidate). It gives the tree that parsing the text Spelling
 * writes for the same moves gives, which Repairer checks for every fix it reports.
 */
final class Rewrite extends TreeRewriter {
    private final KernelTable kernel;
    private final Map<SourcePos, String> before = new HashMap<>();
    private final Map<SourcePos, String> after = new HashMap<>();
    private final Map<SourcePos, String> calls = new HashMap<>();
    private final Map<SourcePos, String> loads = new HashMap<>();
    private final Map<SourcePos, String> stores = new HashMap<>();

    private Rewrite(KernelTable kernel, Collection<Move> moves) {
        this.kernel = kernel;
        for (Move m : moves) {
            switch (m.how()) {
                case GAP -> before.put(m.statement().pos(), m.to());
                case AFTER -> after.put(m.statement().pos(), m.to());
                case RENAME -> calls.put(m.expr().pos(), m.to());
                case WRAP, DEREF -> (m.expr() != null ? loads : stores).put(m.at(), m.to());
                case STRIP -> throw new IllegalArgumentException("strip lines are never moves");
            }
        }
    }

    static LitmusTest apply(LitmusTest test, Collection<Move> moves, KernelTable kernel) {
        return new Rewrite(kernel, moves).apply(test);
    }

    /** A fence inserted in the gap before a statement, or a fence after it. */
    @Override
    protected List<Stmt> inList(Stmt s) {
        List<Stmt> out = new ArrayList<>();
        String fence = before.get(s.pos());
        if (fence != null) {
            out.add(call(s.pos(), fence));
        }
        out.add(stmt(s));
        String following = after.get(s.pos());
        if (following != null) {
            out.add(call(s.pos(), following));
        }
        return out;
    }

    private static Stmt call(SourcePos pos, String name) {
        return new Stmt.Eval(pos, new Expr.Call(pos, name, List.of()));
    }

    /** A plain store made a primitive's: *p = v becomes WRITE_ONCE(*p, v). */
    @Override
    protected Stmt store(Stmt.Store st) {
        String to = stores.get(st.pos());
        if (to == null) {
            return super.store(st);
        }
        Expr target = expr(st.target());
        Expr first = firstRole(kernel, to) == Role.LV ? new Expr.Deref(st.pos(), target) : target;
        return new Stmt.Eval(st.pos(), new Expr.Call(st.pos(), to, List.of(first, expr(st.value()))));
    }

    @Override
    protected Expr call(Expr.Call c, List<Expr> args) {
        String to = calls.get(c.pos());
        return to == null ? super.call(c, args) : new Expr.Call(c.pos(), to, adaptFirstArgument(kernel, c.name(), to, args));
    }

    /** A plain load made a primitive's: *p becomes READ_ONCE(*p). */
    @Override
    protected Expr deref(Expr.Deref d, Expr pointer) {
        String to = loads.get(d.pos());
        if (to == null) {
            return super.deref(d, pointer);
        }
        Expr first = firstRole(kernel, to) == Role.LV ? new Expr.Deref(d.pos(), pointer) : pointer;
        return new Expr.Call(d.pos(), to, List.of(first));
    }
}
