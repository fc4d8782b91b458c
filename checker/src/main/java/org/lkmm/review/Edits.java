package org.lkmm.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lkmm.ast.Expr;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Process;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.Stmt;
import org.lkmm.kernel.KernelTable;
import org.lkmm.kernel.Role;

/** Finds the ordering sites of a test and rewrites a test with some of them weakened. */
final class Edits {
    private Edits() {}

    static List<Site> sites(LitmusTest test) {
        List<Site> out = new ArrayList<>();
        for (Process p : test.processes()) {
            for (Stmt s : p.body()) {
                collect(p.id(), s, out);
            }
        }
        return out;
    }

    private static void collect(int process, Stmt s, List<Site> out) {
        if (s instanceof Stmt.Block b) {
            b.body().forEach(x -> collect(process, x, out));
        } else if (s instanceof Stmt.If i) {
            collect(process, i.condition(), out);
            collect(process, i.then(), out);
            i.otherwise().ifPresent(o -> collect(process, o, out));
        } else if (s instanceof Stmt.While w) {
            collect(process, w.condition(), out);
            collect(process, w.body(), out);
        } else if (s instanceof Stmt.Declare d) {
            d.init().ifPresent(e -> collect(process, e, out));
        } else if (s instanceof Stmt.Assign a) {
            collect(process, a.value(), out);
        } else if (s instanceof Stmt.Store st) {
            collect(process, st.target(), out);
            collect(process, st.value(), out);
        } else if (s instanceof Stmt.Eval e) {
            collect(process, e.expr(), out);
        }
    }

    private static void collect(int process, Expr e, List<Site> out) {
        if (e instanceof Expr.Call c) {
            c.args().forEach(a -> collect(process, a, out));
            if (!Weakening.alternatives(c.name()).isEmpty()) {
                out.add(new Site(process, c.pos(), c.name()));
            }
        } else if (e instanceof Expr.Binary b) {
            collect(process, b.left(), out);
            collect(process, b.right(), out);
        } else if (e instanceof Expr.Unary u) {
            collect(process, u.operand(), out);
        } else if (e instanceof Expr.Cast c) {
            collect(process, c.operand(), out);
        } else if (e instanceof Expr.Deref d) {
            collect(process, d.pointer(), out);
        }
    }

    /** The test with each site in the map turned into the given alternative. */
    static LitmusTest apply(LitmusTest test, Map<SourcePos, String> edits, KernelTable kernel) {
        List<Process> processes = new ArrayList<>();
        for (Process p : test.processes()) {
            Rewriter r = new Rewriter(edits, kernel);
            processes.add(new Process(p.pos(), p.id(), p.params(), r.stmts(p.body())));
        }
        return new LitmusTest(test.pos(), test.name(), test.init(), processes, test.locations(), test.filter(),
                test.clause(), java.util.Optional.empty(), test.expectedResult());
    }

    private static final class Rewriter {
        private final Map<SourcePos, String> edits;
        private final KernelTable kernel;
        private int unlocksToDrop;

        Rewriter(Map<SourcePos, String> edits, KernelTable kernel) {
            this.edits = edits;
            this.kernel = kernel;
        }

        List<Stmt> stmts(List<Stmt> body) {
            List<Stmt> out = new ArrayList<>();
            for (Stmt s : body) {
                out.add(stmt(s));
            }
            return out;
        }

        Stmt stmt(Stmt s) {
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
                return new Stmt.Store(st.pos(), expr(st.target()), expr(st.value()));
            }
            Stmt.Eval e = (Stmt.Eval) s;
            if (e.expr() instanceof Expr.Call c) {
                String edit = edits.get(c.pos());
                if (c.name().equals("rcu_read_unlock") && unlocksToDrop > 0) {
                    unlocksToDrop--;
                    return new Stmt.Block(e.pos(), List.of());
                }
                if (Weakening.REMOVE.equals(edit)) {
                    if (c.name().equals("rcu_read_lock")) {
                        unlocksToDrop++;
                    }
                    return new Stmt.Block(e.pos(), List.of());
                }
                if (Weakening.PLAIN.equals(edit) && c.name().equals("WRITE_ONCE")
                        && c.args().get(0) instanceof Expr.Deref d) {
                    return new Stmt.Store(e.pos(), expr(d.pointer()), expr(c.args().get(1)));
                }
            }
            return new Stmt.Eval(e.pos(), expr(e.expr()));
        }

        /** smp_load_acquire(p) becomes READ_ONCE(*p): pointer and lvalue arguments differ by a '*'. */
        private List<Expr> adaptFirstArgument(String from, String to, List<Expr> args) {
            Role before = firstRole(from);
            Role after = firstRole(to);
            List<Expr> out = new ArrayList<>(args);
            if (before == Role.PTR && after == Role.LV) {
                out.set(0, new Expr.Deref(args.get(0).pos(), args.get(0)));
            } else if (before == Role.LV && after == Role.PTR && args.get(0) instanceof Expr.Deref d) {
                out.set(0, d.pointer());
            }
            return out;
        }

        private Role firstRole(String primitive) {
            return kernel.lookup(primitive).filter(p -> p.arity() > 0).map(p -> p.args().get(0)).orElse(Role.VAL);
        }

        Expr expr(Expr e) {
            if (e instanceof Expr.Call c) {
                List<Expr> args = c.args().stream().map(this::expr).toList();
                String edit = edits.get(c.pos());
                if (edit == null || Weakening.REMOVE.equals(edit)) {
                    return new Expr.Call(c.pos(), c.name(), args);
                }
                if (Weakening.PLAIN.equals(edit)) {
                    return args.get(0);
                }
                return new Expr.Call(c.pos(), edit, adaptFirstArgument(c.name(), edit, args));
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
            if (e instanceof Expr.Deref d) {
                return new Expr.Deref(d.pos(), expr(d.pointer()));
            }
            return e;
        }
    }

}
