package org.lkmm.review.repair;

import java.util.List;
import org.lkmm.ast.Expr;
import org.lkmm.ast.Stmt;
import org.lkmm.kernel.KernelTable;
import org.lkmm.kernel.Primitive;
import org.lkmm.kernel.Role;

/** The memory accesses a statement makes, read from its source: calls to kernel primitives and plain accesses. */
final class Accesses {
    private Accesses() {}

    static void of(Stmt s, KernelTable kernel, List<Access> out) {
        if (s instanceof Stmt.Block b) {
            b.body().forEach(x -> of(x, kernel, out));
        } else if (s instanceof Stmt.If i) {
            of(i.condition(), kernel, out);
            of(i.then(), kernel, out);
            i.otherwise().ifPresent(o -> of(o, kernel, out));
        } else if (s instanceof Stmt.While w) {
            of(w.condition(), kernel, out);
            of(w.body(), kernel, out);
        } else if (s instanceof Stmt.Declare d) {
            d.init().ifPresent(e -> of(e, kernel, out));
        } else if (s instanceof Stmt.Assign a) {
            of(a.value(), kernel, out);
        } else if (s instanceof Stmt.Store st) {
            of(st.target(), kernel, out);
            of(st.value(), kernel, out);
            out.add(new Access(st.pos(), false, false, true));
        } else if (s instanceof Stmt.Eval e) {
            of(e.expr(), kernel, out);
        }
    }

    static void of(Expr e, KernelTable kernel, List<Access> out) {
        if (e instanceof Expr.Call c) {
            java.util.Optional<Primitive> p = kernel.lookup(c.name());
            for (int i = 0; i < c.args().size(); i++) {
                Expr a = c.args().get(i);
                boolean lvalue = p.isPresent() && i < p.get().arity() && p.get().args().get(i) == Role.LV;
                of(lvalue && a instanceof Expr.Deref d ? d.pointer() : a, kernel, out);
            }
            p.ifPresent(prim -> call(c, prim, out));
        } else if (e instanceof Expr.Deref d) {
            of(d.pointer(), kernel, out);
            out.add(new Access(d.pos(), true, true, false));
        } else if (e instanceof Expr.Binary b) {
            of(b.left(), kernel, out);
            of(b.right(), kernel, out);
        } else if (e instanceof Expr.Unary u) {
            of(u.operand(), kernel, out);
        } else if (e instanceof Expr.Cast c) {
            of(c.operand(), kernel, out);
        } else if (e instanceof Expr.Index x) {
            of(x.array(), kernel, out);
            of(x.index(), kernel, out);
        }
    }

    private static void call(Expr.Call c, Primitive p, List<Access> out) {
        switch (p.form()) {
            case LOAD, IS_LOCKED -> out.add(new Access(c.pos(), true, true, false));
            case STORE, STORE_MB, UNLOCK -> out.add(new Access(c.pos(), false, false, true));
            case ATOMIC_OP -> out.add(new Access(c.pos(), true, false, true));
            case XCHG, CMPXCHG, OP_RETURN, FETCH_OP, ADD_UNLESS, LOCK, TRYLOCK -> out.add(new Access(c.pos(), true, true, true));
            default -> { } // fences and SRCU: no access of memory
        }
    }
}
