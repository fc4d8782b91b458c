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
        // one rewriter per process: a removed rcu_read_lock() takes its own process's unlock with it
        List<Process> processes = new ArrayList<>();
        for (Process p : test.processes()) {
            processes.add(new Process(p.pos(), p.id(), p.params(), new Rewriter(edits, kernel).stmts(p.body())));
        }
        return test.withProcesses(processes);
    }

    /** Weakenings: a site removed, made plain, or renamed to its weaker alternative. */
    private static final class Rewriter extends TreeRewriter {
        private final Map<SourcePos, String> edits;
        private final KernelTable kernel;
        private int unlocksToDrop;

        Rewriter(Map<SourcePos, String> edits, KernelTable kernel) {
            this.edits = edits;
            this.kernel = kernel;
        }

        @Override
        protected Stmt eval(Stmt.Eval e) {
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
            return super.eval(e);
        }

        @Override
        protected Expr call(Expr.Call c, List<Expr> args) {
            String edit = edits.get(c.pos());
            if (edit == null || Weakening.REMOVE.equals(edit)) {
                return super.call(c, args);
            }
            if (Weakening.PLAIN.equals(edit)) {
                return args.get(0);
            }
            return new Expr.Call(c.pos(), edit, adaptFirstArgument(kernel, c.name(), edit, args));
        }
    }
}
