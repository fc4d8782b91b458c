package org.lkmm.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lkmm.bench.Families;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.TestResult;

/**
 * Counting location by location gives the numbers listing gives, applies where it should, and
 * reaches counts no listing (and no long) could.
 */
class CountByLocationTest {
    private static final Observed NOTHING = new Observed(Set.of(), Map.of());

    private static Program program(String text) throws Exception {
        return new Lowering(KernelTable.standard()).lower(LitmusParser.parse("t.litmus", text));
    }

    private static Families.Member passChain(int n) {
        return Families.all().stream().filter(m -> m.family().equals("pass") && m.size() == n).findFirst().orElseThrow();
    }

    @Test
    void countsAChainOfAHundredAndTwentyEightProcessesExactly() throws Exception {
        Families.Member m = passChain(128);
        TestResult r = new Checker(KernelTable.standard(), new Lkmm()).check(m.name(), LitmusParser.parse(m.name(), m.text()));
        assertEquals(BigInteger.ONE, r.positive(), "only the run where every copy arrives");
        assertEquals(BigInteger.TWO.pow(128).subtract(BigInteger.ONE), r.negative());
        assertEquals(List.of("[out]=0;", "[out]=1;"), r.states());
    }

    @Test
    void groupsByObservedValuesAndAgreesWithListing() throws Exception {
        Program p = program(passChain(8).text());
        Lkmm model = new Lkmm();
        List<Candidate> counted = new ArrayList<>();
        BigInteger total = new Enumerator(p, model).runCounted(counted::add, new Observed(Set.of(p.layout().index().get("out")), Map.of()));
        List<Candidate> listed = new ArrayList<>();
        BigInteger listedTotal = new Enumerator(p, model, Search.EXHAUSTIVE).run(listed::add);
        assertEquals(listedTotal, total);
        assertEquals(BigInteger.valueOf(256), total);
        assertEquals(2, counted.size(), "one group per final value of out");
        for (Candidate c : counted) {
            assertTrue(model.check(c.execution(), false).allowed(), "a group's representative is an allowed execution");
        }
        assertEquals(total, counted.stream().map(Candidate::count).reduce(BigInteger.ZERO, BigInteger::add));
    }

    @Test
    void appliesToValuePassingButNotToLocksOrValueCycles() throws Exception {
        List<org.lkmm.program.Event> init = List.of();
        assertTrue(CountByLocation.of(program(passChain(4).text()), init, NOTHING).isPresent());
        Families.Member lock = Families.all().stream().filter(m -> m.family().equals("lock")).findFirst().orElseThrow();
        assertFalse(CountByLocation.of(program(lock.text()), init, NOTHING).isPresent(), "lock events");
        String cycle = """
                C cycle
                {}
                P0(int *x, int *y) { int r0; r0 = READ_ONCE(*x); WRITE_ONCE(*y, r0); }
                P1(int *x, int *y) { int r0; r0 = READ_ONCE(*y); WRITE_ONCE(*x, r0); }
                exists (0:r0=1)
                """;
        assertFalse(CountByLocation.of(program(cycle), init, NOTHING).isPresent(), "x feeds y feeds x");
        String branch = """
                C branch
                {}
                P0(int *x, int *y) { int r0; r0 = READ_ONCE(*x); if (r0 == 1) WRITE_ONCE(*y, 1); }
                P1(int *x) { WRITE_ONCE(*x, 1); }
                exists (0:r0=1)
                """;
        assertFalse(CountByLocation.of(program(branch), init, NOTHING).isPresent(), "paths of two shapes");
    }
}
