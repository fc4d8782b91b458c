package org.lkmm.review.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lkmm.ast.Expr;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Process;
import org.lkmm.ast.Stmt;
import org.lkmm.kernel.KernelTable;
import org.lkmm.kernel.Primitive;
import org.lkmm.kernel.Role;
import org.lkmm.review.repair.Strengthenings.How;
import org.lkmm.review.repair.Strengthenings.Row;

/**
 * The slots of a test: for each thread, the gap before each statement that has an access of
 * the thread before it (one gap per run of statements without accesses between them: a fence
 * anywhere in the run orders the same accesses), and each access a stronger form exists for.
 * A gap offers smp_rmb() only with reads on both sides and smp_wmb() only with writes on both.
 */
final class Slots {
    private final KernelTable kernel;
    private final Strengthenings table;
    private final Costs costs;
    private final List<Slot> out = new ArrayList<>();
    private int process;
    private List<Access> accesses;
    private Process body;

    private Slots(KernelTable kernel, Strengthenings table, Costs costs) {
        this.kernel = kernel;
        this.table = table;
        this.costs = costs;
    }

    static List<Slot> of(LitmusTest test, KernelTable kernel, Strengthenings table, Costs costs) {
        Slots s = new Slots(kernel, table, costs);
        for (Process p : test.processes()) {
            s.process = p.id();
            s.body = p;
            s.accesses = new ArrayList<>();
            p.body().forEach(st -> Accesses.of(st, kernel, s.accesses));
            s.list(p.body());
        }
        return s.out;
    }

    /** A list of statements (a block or a process body): gaps, then each statement's sites. */
    private void list(List<Stmt> stmts) {
        for (Stmt st : stmts) {
            gap(st);
            stmt(st, true);
        }
    }

    /** A Block from a declaration with several declarators, such as int r0 = READ_ONCE(*x), r1;. */
    private static boolean isDeclarations(Stmt.Block b) {
        return !b.body().isEmpty() && b.body().stream().allMatch(s -> s instanceof Stmt.Declare)
                && b.body().get(0).pos().column() != b.pos().column();
    }

    private boolean hasAccess(Stmt st) {
        List<Access> mine = new ArrayList<>();
        Accesses.of(st, kernel, mine);
        return !mine.isEmpty();
    }

    private void gap(Stmt st) {
        if (!hasAccess(st)) {
            return;
        }
        List<Access> before = accesses.stream().filter(a -> a.before(st.pos())).toList();
        List<Access> after = accesses.stream().filter(a -> !a.before(st.pos())).toList();
        if (before.isEmpty()) {
            return;
        }
        List<Move> options = new ArrayList<>();
        for (Row r : table.gaps()) {
            boolean fits = switch (r.stronger()) {
                case "smp_rmb" -> before.stream().anyMatch(Access::r4rmb) && after.stream().anyMatch(Access::r4rmb);
                case "smp_wmb" -> before.stream().anyMatch(Access::write) && after.stream().anyMatch(Access::write);
                default -> true;
            };
            if (fits) {
                options.add(new Move(id(st, "gap"), process, How.GAP, Strengthenings.NOTHING, r.stronger(), r.costClass(), st, null));
            }
        }
        add(id(st, "gap"), options);
    }

    private String id(Stmt st, String what) {
        return "P" + process + ":" + st.pos().line() + ":" + st.pos().column() + ":" + what;
    }

    private void add(String id, List<Move> options) {
        if (!options.isEmpty()) {
            List<Move> sorted = new ArrayList<>(options);
            sorted.sort(Comparator.comparingInt(m -> costs.of(m.costClass())));
            out.add(new Slot(id, process, sorted));
        }
    }

    /** The sites of one statement; inList: it is an element of a statement list (an 'after' move fits). */
    private void stmt(Stmt s, boolean inList) {
        if (s instanceof Stmt.Block b) {
            if (isDeclarations(b)) {
                b.body().forEach(d -> stmt(d, false));
            } else {
                list(b.body());
            }
        } else if (s instanceof Stmt.If i) {
            expr(i.condition(), s, false, Optional.empty());
            branch(i.then());
            i.otherwise().ifPresent(this::branch);
        } else if (s instanceof Stmt.While w) {
            expr(w.condition(), s, false, Optional.empty());
            branch(w.body());
        } else if (s instanceof Stmt.Declare d) {
            d.init().ifPresent(e -> expr(e, s, inList, Optional.of(d.name())));
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value(), s, inList, Optional.of(a.register()));
        } else if (s instanceof Stmt.Store st) {
            expr(st.target(), s, false, Optional.empty());
            expr(st.value(), s, false, Optional.empty());
            List<Move> options = new ArrayList<>();
            for (Row r : table.offeredFor(Strengthenings.PLAIN_STORE)) {
                options.add(new Move(id(s, "store"), process, r.how(), r.weaker(), r.stronger(), r.costClass(), s, null));
            }
            add(id(s, "store"), options);
        } else if (s instanceof Stmt.Eval e) {
            expr(e.expr(), s, inList, Optional.empty());
        }
    }

    /** A branch body: a block's statements get gaps; a lone statement only its sites. */
    private void branch(Stmt s) {
        if (s instanceof Stmt.Block b && !isDeclarations(b)) {
            list(b.body());
        } else {
            stmt(s, false);
        }
    }

    /**
     * The sites of an expression. top: e is the whole of its statement, which is in a statement
     * list, so a fence may follow it. target: the register e is the whole value of.
     */
    private void expr(Expr e, Stmt st, boolean top, Optional<String> target) {
        if (e instanceof Expr.Call c) {
            Optional<Primitive> p = kernel.lookup(c.name());
            for (int i = 0; i < c.args().size(); i++) {
                Expr a = c.args().get(i);
                boolean lvalue = p.isPresent() && i < p.get().arity() && p.get().args().get(i) == Role.LV;
                expr(lvalue && a instanceof Expr.Deref d ? d.pointer() : a, st, false, Optional.empty());
            }
            List<Move> options = new ArrayList<>();
            String slot = "P" + process + ":" + c.pos().line() + ":" + c.pos().column() + ":call";
            for (Row r : table.offeredFor(c.name())) {
                if (r.how() == How.RENAME || r.how() == How.AFTER && top) {
                    options.add(new Move(slot, process, r.how(), r.weaker(), r.stronger(), r.costClass(), st, c));
                }
            }
            add(slot, options);
        } else if (e instanceof Expr.Deref d) {
            expr(d.pointer(), st, false, Optional.empty());
            String slot = "P" + process + ":" + d.pos().line() + ":" + d.pos().column() + ":load";
            boolean pointer = target.isPresent() && Dereferences.later(body, target.get(), d.pos(), kernel);
            List<Move> options = new ArrayList<>();
            for (Row r : table.offeredFor(Strengthenings.PLAIN_LOAD)) {
                if (r.how() == How.WRAP && !(pointer && r.stronger().equals("READ_ONCE")) || r.how() == How.DEREF && pointer) {
                    options.add(new Move(slot, process, r.how(), r.weaker(), r.stronger(), r.costClass(), st, d));
                }
            }
            add(slot, options);
        } else if (e instanceof Expr.Binary b) {
            expr(b.left(), st, false, Optional.empty());
            expr(b.right(), st, false, Optional.empty());
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand(), st, false, Optional.empty());
        } else if (e instanceof Expr.Cast c) {
            expr(c.operand(), st, top, target);
        } else if (e instanceof Expr.Index x) {
            expr(x.array(), st, false, Optional.empty());
            expr(x.index(), st, false, Optional.empty());
        }
    }
}
