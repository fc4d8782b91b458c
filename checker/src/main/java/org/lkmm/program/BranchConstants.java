package org.lkmm.program;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lkmm.ast.Expr;
import org.lkmm.ast.Process;
import org.lkmm.ast.Stmt;

/**
 * The constants that branch tests compare with (if (r == 1)). herd7's equations can fix a
 * value through such a test even when the value is only produced by the code the test guards;
 * offering these constants to reads while the candidate values are computed lets lowering find
 * those executions (reads-from must still justify every value, and executions whose values stay
 * undetermined are counted once).
 */
final class BranchConstants {
    private BranchConstants() {}

    static Set<Long> of(List<Process> processes) {
        Set<Long> out = new TreeSet<>();
        for (Process p : processes) {
            p.body().forEach(s -> stmt(s, out));
        }
        return out;
    }

    private static void stmt(Stmt s, Set<Long> out) {
        if (s instanceof Stmt.If i) {
            test(i.condition(), out);
            stmt(i.then(), out);
            i.otherwise().ifPresent(o -> stmt(o, out));
        } else if (s instanceof Stmt.While w) {
            stmt(w.body(), out);
        } else if (s instanceof Stmt.Block b) {
            b.body().forEach(x -> stmt(x, out));
        }
    }

    private static void test(Expr e, Set<Long> out) {
        if (e instanceof Expr.Binary b && b.op().equals("==")) {
            if (b.right() instanceof Expr.IntLit i) {
                out.add(i.value());
            }
            if (b.left() instanceof Expr.IntLit i) {
                out.add(i.value());
            }
        }
    }
}
