package org.lkmm.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.review.repair.Costs;
import org.lkmm.review.repair.Fix;
import org.lkmm.review.repair.Move;
import org.lkmm.review.repair.Repair;
import org.lkmm.review.repair.Repairer;
import org.lkmm.review.repair.Strengthenings;
import org.lkmm.verdict.Checker;

/** Repair on small shapes: what it finds, how it prices, how it writes a fix. */
class RepairerTest {
    private final KernelTable kernel = KernelTable.standard();
    private final Checker checker = new Checker(kernel, new Lkmm());

    private Repair repair(String text, Repairer.Options options) throws Exception {
        return new Repairer(checker, kernel, Strengthenings.standard(), options).repair("t.litmus", text);
    }

    private Repair repair(String text) throws Exception {
        return repair(text, Repairer.Options.defaults());
    }

    private static String fixes(Repair r) {
        return r.fixes().stream().map(f -> f.moves().stream().map(Move::describe).collect(Collectors.joining("; ")))
                .collect(Collectors.joining(" | "));
    }

    private static final String MP = """
            C MP
            (*
             * Result: Never
             *)
            {}
            P0(int *x, int *y)
            {
            	WRITE_ONCE(*x, 1);
            	WRITE_ONCE(*y, 1);
            }
            P1(int *x, int *y)
            {
            	int r0 = READ_ONCE(*y);
            	int r1 = READ_ONCE(*x);
            }
            exists (1:r0=1 /\\ 1:r1=0)
            """;

    @Test
    void messagePassingIsRepairedWithReleaseAndAcquireOnTheFlag() throws Exception {
        Repair r = repair(MP);
        assertEquals(Repair.Status.FIXED, r.status());
        assertEquals("exact", r.search());
        assertEquals(4, r.cost());
        assertEquals("WRITE_ONCE -> smp_store_release at line 9; READ_ONCE -> smp_load_acquire at line 13", fixes(r));
        Fix f = r.fixes().get(0);
        assertEquals("Never", f.verdict());
        assertEquals("\tsmp_store_release(y, 1);", f.lines().get(0).after().get(0));
        assertEquals("\tint r0 = smp_load_acquire(y);", f.lines().get(1).after().get(0));
    }

    @Test
    void aCostTableThatMakesAcquireDearChoosesTheBarriers(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path costs = dir.resolve("costs.tsv");
        Files.writeString(costs, "acquire 10\nrelease 10\n");
        Repair r = repair(MP, Repairer.Options.defaults().withCosts(Costs.standard().overriddenBy(costs)));
        assertEquals(6, r.cost());
        assertEquals("smp_wmb() before line 9; smp_rmb() before line 14", fixes(r));
        List<String> lines = r.fixes().get(0).lines().get(1).after();
        assertEquals(List.of("\tsmp_rmb();", "\tint r1 = READ_ONCE(*x);"), lines, "a fence before a declaration goes before its type");
    }

    @Test
    void storeBufferingNeedsBothFullBarriersAndEveryTieIsReported() throws Exception {
        Repair r = repair("""
                C SB
                (*
                 * Result: Never
                 *)
                {}
                P0(int *x, int *y) { int r0; WRITE_ONCE(*x, 1); r0 = READ_ONCE(*y); }
                P1(int *x, int *y) { int r0; WRITE_ONCE(*y, 1); r0 = READ_ONCE(*x); }
                exists (0:r0=0 /\\ 1:r0=0)
                """);
        assertEquals(8, r.cost());
        assertEquals("smp_mb() before line 6; smp_mb() before line 7", fixes(r));
        assertTrue(r.fixes().get(0).lines().get(0).after().get(0).contains("WRITE_ONCE(*x, 1); smp_mb(); r0 = READ_ONCE(*y);"),
                "inline when the statement does not start its line");
    }

    @Test
    void aRaceIsRepairedByMarkingThePlainAccessesAndAPointerLoadBecomesRcuDereference() throws Exception {
        Repair r = repair("""
                C publish
                (*
                 * Result: Never
                 *)
                { p = z; }
                P0(int *x, int **p)
                {
                	*x = 1;
                	smp_store_release(p, x);
                }
                P1(int *x, int **p)
                {
                	int *r0;
                	int r1;
                	r0 = *p;
                	r1 = READ_ONCE(*r0);
                }
                exists (1:r0=x /\\ 1:r1=0)
                """);
        assertEquals(Repair.Status.FIXED, r.status(), "the race is the problem: " + r.flags());
        assertEquals(List.of("data-race"), List.copyOf(r.flags()));
        assertEquals("plain load -> rcu_dereference at line 15", fixes(r));
        assertEquals("\tr0 = rcu_dereference(*p);", r.fixes().get(0).lines().get(0).after().get(0));
    }

    @Test
    void aNonReturningAtomicCanBeFollowedByAfterAtomic() throws Exception {
        Repair r = repair("""
                C atomic
                (*
                 * Result: Never
                 *)
                {}
                P0(atomic_t *x, int *y) { atomic_inc(x); WRITE_ONCE(*y, 1); }
                P1(atomic_t *x, int *y) { int r0; int r1; r0 = READ_ONCE(*y); smp_rmb(); r1 = atomic_read(x); }
                exists (1:r0=1 /\\ 1:r1=0)
                """, Repairer.Options.defaults().withCosts(new Costs(java.util.Map.of("once", 1, "acquire", 2,
                "release", 9, "rmb", 3, "wmb", 9, "mb", 4))));
        assertEquals("smp_mb() before line 6 | smp_mb__after_atomic() after the atomic_inc() of line 6", fixes(r));
        assertTrue(r.fixes().get(1).lines().get(0).after().get(0).contains("atomic_inc(x); smp_mb__after_atomic(); WRITE_ONCE"));
    }

    @Test
    void beyondItsBudgetTheExactSearchHandsOverToTheBeam() throws Exception {
        Repair r = repair(MP, Repairer.Options.defaults().withBudgets(0, 3, 200));
        assertTrue(r.search().startsWith("beam search of width 3"), r.search());
        assertEquals(4, r.cost(), "the beam finds the release/acquire pair here too");
    }

    @Test
    void aTestThatIsNeverOrAsksForNothingIsLeftAlone() throws Exception {
        assertEquals(Repair.Status.NOT_ASKED, repair(MP.replace("Result: Never", "Result: Sometimes")).status());
        assertEquals(Repair.Status.FIXED, repair(MP.replace("Result: Never", "Result: Sometimes"),
                Repairer.Options.defaults().withWant(Optional.of("Never"))).status());
        assertEquals(Repair.Status.ALREADY_MET, repair(MP.replace("WRITE_ONCE(*y, 1)", "smp_store_release(y, 1)")
                .replace("int r0 = READ_ONCE(*y)", "int r0 = smp_load_acquire(y)")).status());
    }

    @Test
    void anOutcomeSequentialConsistencyAllowsHasNoFix() throws Exception {
        Repair r = repair(MP.replace("1:r1=0", "1:r1=1"));
        assertEquals(Repair.Status.NO_FIX, r.status());
        assertEquals(Optional.of("Sometimes"), r.strongestVerdict());
    }
}
