package org.lkmm.review.repair;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkmm.ast.Expr;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Process;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.Stmt;
import org.lkmm.kernel.KernelTable;
import org.lkmm.kernel.Role;

/**
 * A test with some moves made, built on its syntax tree (what the search checks, without
 * printing and parsing every candidate). It gives the tree that parsing the text Spelling
 * writes for the same moves gives, which Repairer checks for every fix it reports.
 */
final class Rewrite {
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
        Rewrite r = new Rewrite(kernel, moves);
        List<Process> processes = new ArrayList<>();
        for (Process p : test.processes()) {
            processes.add(new Process(p.pos(), p.id(), p.params(), r.list(p.body())));
        }
        return new LitmusTest(test.pos(), test.name(), test.init(), processes, test.locations(), test.filter(),
                test.clause(), Optional.empty(), test.expectedResult());
    }

    private List<Stmt> list(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            String fence = before.get(s.pos());
            if (fence != null) {
                out.add(call(s.pos(), fence));
            }
            out.add(stmt(s));
            String following = after.get(s.pos());
            if (following != null) {
                out.add(call(s.pos(), following));
            }
        }
        return out;
    }

    private static Stmt call(SourcePos pos, String name) {
        return new Stmt.Eval(pos, new Expr.Call(pos, name, List.of()));
    }

    private Stmt stmt(Stmt s) {
        if (s instanceof Stmt.Block b) {
            return new Stmt.Block(b.pos(), list(b.body()));
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
            String to = stores.get(st.pos());
            if (to != null) {
                Expr target = expr(st.target());
                Expr first = firstRole(to) == Role.LV ? new Expr.Deref(st.pos(), target) : target;
                return new Stmt.Eval(st.pos(), new Expr.Call(st.pos(), to, List.of(first, expr(st.value()))));
            }
            return new Stmt.Store(st.pos(), expr(st.target()), expr(st.value()));
        }
        Stmt.Eval e = (Stmt.Eval) s;
        return new Stmt.Eval(e.pos(), expr(e.expr()));
    }

    private Expr expr(Expr e) {
        if (e instanceof Expr.Call c) {
            List<Expr> args = c.args().stream().map(this::expr).toList();
            String to = calls.get(c.pos());
            return to == null ? new Expr.Call(c.pos(), c.name(), args) : new Expr.Call(c.pos(), to, adapt(c.name(), to, args));
        }
        if (e instanceof Expr.Deref d) {
            String to = loads.get(d.pos());
            Expr pointer = expr(d.pointer());
            if (to == null) {
                return new Expr.Deref(d.pos(), pointer);
            }
            Expr first = firstRole(to) == Role.LV ? new Expr.Deref(d.pos(), pointer) : pointer;
            return new Expr.Call(d.pos(), to, List.of(first));
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

    /** READ_ONCE(*p) becomes smp_load_acquire(p): lvalue and pointer arguments differ by a '*'. */
    private List<Expr> adapt(String from, String to, List<Expr> args) {
        Role was = firstRole(from);
        Role is = firstRole(to);
        List<Expr> out = new ArrayList<>(args);
        if (was == Role.LV && is == Role.PTR) {
            out.set(0, args.get(0) instanceof Expr.Deref d ? d.pointer() : new Expr.AddressOf(args.get(0).pos(), args.get(0)));
        } else if (was == Role.PTR && is == Role.LV) {
            out.set(0, args.get(0) instanceof Expr.AddressOf a ? a.operand() : new Expr.Deref(args.get(0).pos(), args.get(0)));
        }
        return out;
    }

    private Role firstRole(String primitive) {
        return kernel.lookup(primitive).filter(p -> p.arity() > 0).map(p -> p.args().get(0)).orElse(Role.VAL);
    }
}
