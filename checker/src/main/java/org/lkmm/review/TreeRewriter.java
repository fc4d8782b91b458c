package org.lkmm.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkmm.ast.Expr;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Process;
import org.lkmm.ast.Stmt;
import org.lkmm.kernel.KernelTable;
import org.lkmm.kernel.Role;

/**
 * A copy of a test's syntax tree with some nodes replaced: the walk over every statement and
 * expression is here once; a review edit (weaken a site) or a repair (strengthen one) overrides
 * only the hooks for the nodes it changes.
 */
public abstract class TreeRewriter {
    /** The test with each process's body rewritten (its hash dropped: the text no longer matches). */
    public LitmusTest apply(LitmusTest test) {
        List<Process> processes = new ArrayList<>();
        for (Process p : test.processes()) {
            processes.add(new Process(p.pos(), p.id(), p.params(), stmts(p.body())));
        }
        return test.withProcesses(processes);
    }

    public final List<Stmt> stmts(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            out.addAll(inList(s));
        }
        return out;
    }

    /** What one statement of a list becomes: itself rewritten, or more statements around it. */
    protected List<Stmt> inList(Stmt s) {
        return List.of(stmt(s));
    }

    public final Stmt stmt(Stmt s) {
        if (s instanceof Stmt.Block b) {
            return new Stmt.Block(b.pos(), stmts(b.body()));
        }
        if (s instanceof Stmt.If i) {
            return new Stmt.If(i.pos(), expr(i.condition()), stmt(i.then()), i.otherwise().map(this::stmt));
        }
        if (s instanceof Stmt.While w) {
            return new Stmt.While(w.pos(), expr(w.condition()), stmt(w.body()));
        }
        if (s instanceof Stmt.Declare d) {
            return new Stmt.Declare(d.pos(), d.type(), d.name(), d.init().map(this::expr));
        }
        if (s instanceof Stmt.Assign a) {
            return new Stmt.Assign(a.pos(), a.register(), expr(a.value()));
        }
        if (s instanceof Stmt.Store st) {
            return store(st);
        }
        return eval((Stmt.Eval) s);
    }

    /** A plain store *p = v. */
    protected Stmt store(Stmt.Store st) {
        return new Stmt.Store(st.pos(), expr(st.target()), expr(st.value()));
    }

    /** A statement that is an expression (a primitive's call, mostly). */
    protected Stmt eval(Stmt.Eval e) {
        return new Stmt.Eval(e.pos(), expr(e.expr()));
    }

    public final Expr expr(Expr e) {
        if (e instanceof Expr.Call c) {
            return call(c, c.args().stream().map(this::expr).toList());
        }
        if (e instanceof Expr.Deref d) {
            return deref(d, expr(d.pointer()));
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.pos(), b.op(), expr(b.left()), expr(b.right()));
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.pos(), u.op(), expr(u.operand()));
        }
        if (e instanceof Expr.Cast c) {
            return new Expr.Cast(c.pos(), c.type(), expr(c.operand()));
        }
        if (e instanceof Expr.Index x) {
            return new Expr.Index(x.pos(), expr(x.array()), expr(x.index()));
        }
        if (e instanceof Expr.AddressOf a) {
            return new Expr.AddressOf(a.pos(), expr(a.operand()));
        }
        return e;
    }

    /** A call, its arguments already rewritten. */
    protected Expr call(Expr.Call c, List<Expr> args) {
        return new Expr.Call(c.pos(), c.name(), args);
    }

    /** A plain load *p, its pointer already rewritten. */
    protected Expr deref(Expr.Deref d, Expr pointer) {
        return new Expr.Deref(d.pos(), pointer);
    }

    /**
     * The arguments of a call renamed from one primitive to another: READ_ONCE(*p) becomes
     * smp_load_acquire(p) and back, since lvalue and pointer arguments differ by a '*'.
     */
    public static List<Expr> adaptFirstArgument(KernelTable kernel, String from, String to, List<Expr> args) {
        Role was = firstRole(kernel, from);
        Role is = firstRole(kernel, to);
        List<Expr> out = new ArrayList<>(args);
        if (was == Role.LV && is == Role.PTR) {
            out.set(0, args.get(0) instanceof Expr.Deref d ? d.pointer() : new Expr.AddressOf(args.get(0).pos(), args.get(0)));
        } else if (was == Role.PTR && is == Role.LV) {
            out.set(0, args.get(0) instanceof Expr.AddressOf a ? a.operand() : new Expr.Deref(args.get(0).pos(), args.get(0)));
        }
        return out;
    }

    /** The role of a primitive's first argument (VAL for none or an unknown name). */
    public static Role firstRole(KernelTable kernel, String primitive) {
        return kernel.lookup(primitive).filter(p -> p.arity() > 0).map(p -> p.args().get(0)).orElse(Role.VAL);
    }
}
