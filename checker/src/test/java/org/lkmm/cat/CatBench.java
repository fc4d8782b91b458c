package org.lkmm.cat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lkmm.ast.LitmusTest;
import org.lkmm.enumerate.Candidate;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Execution;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;

/**
 * How long the interpreter takes to judge every candidate execution of a test, against the
 * built-in model's Lkmm.check: the candidates of the exhaustive enumeration are collected first,
 * then each model judges all of them (flags included), a few rounds, the first of which also
 * computes each structure's static part (both models keep it per structure). Times are the
 * thread's CPU time; the summary takes each test's best round after the first. Run by hand:
 * <pre>
 * java -cp checker/target/test-classes:checker/target/classes:grammar/target/classes:ANTLR_JAR \
 *     org.lkmm.cat.CatBench ../shared/reference/linux-memory-model/linux-kernel.cfg FILE.litmus...
 * </pre>
 */
public final class CatBench {
    /** CPU time of this thread: the machine may be shared, and wall time then says little. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private CatBench() {}

    public static void main(String[] args) throws Exception {
        Interpreter model = Interpreter.load(ModelSource.fromCfg(Path.of(args[0]), List.of()));
        int rounds = Integer.getInteger("rounds", 5);
        System.out.printf("%-70s %9s %12s %12s %12s %12s %6s%n", "test", "cands", "built-in 1st", "interp 1st",
                "built-in", "interp", "ratio");
        long totalBuiltIn = 0;
        long totalInterp = 0;
        long firstBuiltIn = 0;
        long firstInterp = 0;
        long candidates = 0;
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            LitmusTest test = LitmusParser.parseFile(file);
            Program program = new Lowering(KernelTable.standard()).lower(test);
            Set<Integer> observed = CrossCheck.observed(test, program);
            List<Execution> all = new ArrayList<>();
            new Enumerator(program, new Lkmm(), Search.EXHAUSTIVE).runAll((Candidate c) -> all.add(c.execution()));
            Lkmm builtIn = new Lkmm();
            long[] b = new long[rounds];
            long[] m = new long[rounds];
            int sink = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                for (Execution x : all) {
                    sink += builtIn.check(x, true).allowed() ? 1 : 0;
                }
                long t1 = CPU.getCurrentThreadCpuTime();
                for (Execution x : all) {
                    sink += model.judge(x, observed, true).allowed() ? 1 : 0;
                }
                long t2 = CPU.getCurrentThreadCpuTime();
                b[r] = t1 - t0;
                m[r] = t2 - t1;
            }
            long bestB = Long.MAX_VALUE;
            long bestM = Long.MAX_VALUE;
            for (int r = 1; r < rounds; r++) {
                bestB = Math.min(bestB, b[r]);
                bestM = Math.min(bestM, m[r]);
            }
            totalBuiltIn += bestB;
            totalInterp += bestM;
            firstBuiltIn += b[0];
            firstInterp += m[0];
            candidates += all.size();
            String name = file.getFileName().toString();
            System.out.printf("%-70s %9d %10.1fms %10.1fms %10.1fms %10.1fms %5.2fx%s%n",
                    name.length() > 70 ? name.substring(0, 70) : name, all.size(), b[0] / 1e6, m[0] / 1e6,
                    bestB / 1e6, bestM / 1e6, (double) bestM / bestB, sink < 0 ? "!" : "");
        }
        System.out.printf("total, %d tests, %d candidates: first round (with each structure's static part) built-in %.1f ms,"
                + " interpreter %.1f ms, ratio %.2fx%n", args.length - 1, candidates, firstBuiltIn / 1e6, firstInterp / 1e6,
                (double) firstInterp / firstBuiltIn);
        System.out.printf("total (best of rounds 2..%d): built-in %.1f ms, interpreter %.1f ms, ratio %.2fx%n",
                rounds, totalBuiltIn / 1e6, totalInterp / 1e6, (double) totalInterp / totalBuiltIn);
    }
}
