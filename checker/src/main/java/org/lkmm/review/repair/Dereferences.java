package org.lkmm.review.repair;

import java.util.ArrayList;
import java.util.List;
import org.lkmm.ast.Expr;
import org.lkmm.ast.Process;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.Stmt;
import org.lkmm.kernel.KernelTable;
import org.lkmm.kernel.Role;

/** Whether a thread goes on to dereference a register: then a plain load into it loads a pointer (rcu_dereference's case). */
final class Dereferences {
    private Dereferences() {}

    static boolean later(Process p, String register, SourcePos after, KernelTable kernel) {
        List<Expr> exprs = new ArrayList<>();
        p.body().forEach(s -> collect(s, exprs));
        for (Expr e : exprs) {
            if (dereferences(e, register, after, kernel)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dereferences(Expr e, String register, SourcePos after, KernelTable kernel) {
        if (e instanceof Expr.Deref d) {
            return d.pointer() instanceof Expr.Name n && n.name().equals(register) && isAfter(d.pos(), after)
                    || dereferences(d.pointer(), register, after, kernel);
        }
        if (e instanceof Expr.Call c) {
            var prim = kernel.lookup(c.name());
            for (int i = 0; i < c.args().size(); i++) {
                Expr a = c.args().get(i);
                boolean pointerRole = prim.isPresent() && i < prim.get().arity() && prim.get().args().get(i) == Role.PTR;
                if (pointerRole && a instanceof Expr.Name n && n.name().equals(register) && isAfter(a.pos(), after)
                        || dereferences(a, register, after, kernel)) {
                    return true;
                }
            }
            return false;
        }
        if (e instanceof Expr.Binary b) {
            return dereferences(b.left(), register, after, kernel) || dereferences(b.right(), register, after, kernel);
        }
        if (e instanceof Expr.Unary u) {
            return dereferences(u.operand(), register, after, kernel);
        }
        if (e instanceof Expr.Cast c) {
            return dereferences(c.operand(), register, after, kernel);
        }
        if (e instanceof Expr.Index x) {
            return dereferences(x.array(), register, after, kernel) || dereferences(x.index(), register, after, kernel);
        }
        return false;
    }

    private static boolean isAfter(SourcePos p, SourcePos q) {
        return p.line() > q.line() || p.line() == q.line() && p.column() > q.column();
    }

    /** Every expression of a statement, the targets of plain stores as dereferences. */
    private static void collect(Stmt s, List<Expr> out) {
        if (s instanceof Stmt.Block b) {
            b.body().forEach(x -> collect(x, out));
        } else if (s instanceof Stmt.If i) {
            out.add(i.condition());
            collect(i.then(), out);
            i.otherwise().ifPresent(o -> collect(o, out));
        } else if (s instanceof Stmt.While w) {
            out.add(w.condition());
            collect(w.body(), out);
        } else if (s instanceof Stmt.Declare d) {
            d.init().ifPresent(out::add);
        } else if (s instanceof Stmt.Assign a) {
            out.add(a.value());
        } else if (s instanceof Stmt.Store st) {
            out.add(new Expr.Deref(st.pos(), st.target()));
            out.add(st.value());
        } else if (s instanceof Stmt.Eval e) {
            out.add(e.expr());
        }
    }
}
