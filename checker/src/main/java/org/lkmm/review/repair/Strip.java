package org.lkmm.review.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkmm.ast.Expr;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Process;
import org.lkmm.ast.Stmt;
import org.lkmm.kernel.KernelTable;
import org.lkmm.review.repair.Strengthenings.Row;

/**
 * A test with its ordering taken out, to measure repair on real fixes (litmus/REPAIR.md):
 * every fence the table knows goes, release and acquire accesses become ONCE ones, ordered RMWs
 * relaxed ones. Locks, RCU read-side critical sections, grace periods and dependencies stay:
 * they are the algorithm, not barriers, and no fix in the table adds them back. cost prices what
 * was taken out as a fix would be priced.
 */
public final class Strip {
    /** One piece of ordering taken out: where, what it was, what it became ("-": removed), its class. */
    public record Site(int process, int line, String primitive, String becomes, String costClass) {}

    /** The stripped test's text and what was taken out. */
    public record Stripped(String text, List<Site> sites, int cost) {}

    private final Strengthenings table;
    private final Costs costs;
    private final SourceText source;
    private final Spelling spelling;
    private final List<TextEdit> edits = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private int process;

    private Strip(String text, KernelTable kernel, Strengthenings table, Costs costs) {
        this.table = table;
        this.costs = costs;
        this.source = new SourceText(text);
        this.spelling = new Spelling(source, kernel);
    }

    public static Stripped of(String text, LitmusTest test, KernelTable kernel, Strengthenings table, Costs costs) {
        Strip s = new Strip(text, kernel, table, costs);
        for (Process p : test.processes()) {
            s.process = p.id();
            p.body().forEach(st -> s.stmt(st, true));
        }
        int cost = s.sites.stream().mapToInt(x -> costs.of(x.costClass())).sum();
        return new Stripped(s.source.apply(s.edits), List.copyOf(s.sites), cost);
    }

    private void stmt(Stmt s, boolean inList) {
        if (s instanceof Stmt.Block b) {
            b.body().forEach(x -> stmt(x, true));
        } else if (s instanceof Stmt.If i) {
            expr(i.condition());
            stmt(i.then(), false);
            i.otherwise().ifPresent(o -> stmt(o, false));
        } else if (s instanceof Stmt.While w) {
            expr(w.condition());
            stmt(w.body(), false);
        } else if (s instanceof Stmt.Declare d) {
            d.init().ifPresent(this::expr);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
        } else if (s instanceof Stmt.Store st) {
            expr(st.target());
            expr(st.value());
        } else if (s instanceof Stmt.Eval e) {
            if (e.expr() instanceof Expr.Call c && isFence(c)) {
                remove(c, inList);
            } else {
                expr(e.expr());
            }
        }
    }

    private boolean isFence(Expr.Call c) {
        return table.stripping(c.name()).map(r -> r.weaker().equals(Strengthenings.NOTHING)).orElse(false);
    }

    /** A fence statement goes; with its line when nothing else is on it; its ';' stays where a statement must be. */
    private void remove(Expr.Call c, boolean inList) {
        Row r = table.stripping(c.name()).orElseThrow();
        int start = source.offset(c.pos());
        int end = inList ? source.find(source.callEnd(start), ";") + 1 : source.callEnd(start);
        int lineStart = source.lineStartOf(start);
        int lineEnd = source.lineEndOf(end);
        if (inList && source.text().substring(lineStart, start).isBlank() && source.text().substring(end, lineEnd).isBlank()
                && lineEnd < source.text().length()) {
            edits.add(new TextEdit(lineStart, lineEnd + 1 - lineStart, ""));
        } else {
            edits.add(new TextEdit(start, end - start, ""));
        }
        sites.add(new Site(process, c.pos().line(), c.name(), Strengthenings.NOTHING, r.costClass()));
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Call c) {
            c.args().forEach(this::expr);
            Optional<Row> r = table.stripping(c.name()).filter(x -> !x.weaker().equals(Strengthenings.NOTHING));
            if (r.isPresent()) {
                edits.addAll(spelling.rename(c, r.get().weaker()));
                sites.add(new Site(process, c.pos().line(), c.name(), r.get().weaker(), r.get().costClass()));
            }
        } else if (e instanceof Expr.Deref d) {
            expr(d.pointer());
        } else if (e instanceof Expr.Binary b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand());
        } else if (e instanceof Expr.Cast c) {
            expr(c.operand());
        } else if (e instanceof Expr.Index x) {
            expr(x.array());
            expr(x.index());
        } else if (e instanceof Expr.AddressOf a) {
            expr(a.operand());
        }
    }
}
