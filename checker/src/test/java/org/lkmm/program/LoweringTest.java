package org.lkmm.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.TestResult;

/** How lowering turns C into events: values, registers and locations as herd7 sees them. */
class LoweringTest {
    private final KernelTable kernel = KernelTable.standard();

    private TestResult check(String litmus) throws Exception {
        return new Checker(kernel, new Lkmm()).check("t", LitmusParser.parse("t.litmus", litmus));
    }

    @Test
    void pointerArithmeticNextToAVariableIsALocationOfItsOwn() throws Exception {
        TestResult r = check("""
                C ptr-arith
                {}
                P0(int *y) { int r0 = -1; WRITE_ONCE(*(y + r0), 5); }
                exists (y=0)
                """);
        assertEquals("Always", r.verdict(), "the store went to y-1, not to y");
        assertEquals(1, r.positive().intValueExact());
        Program p = new Lowering(kernel).lower(LitmusParser.parse("t.litmus", """
                C ptr-arith
                {}
                P0(int *y) { int r0 = -1; WRITE_ONCE(*(y + r0), 5); }
                exists (y=0)
                """));
        assertTrue(p.layout().variables().contains("y-1"), p.layout().variables().toString());
    }

    @Test
    void aReadWhoseValueNothingUsesRunsOnceAndReadsAnyWrite() throws Exception {
        String test = """
                C unused
                {}
                P0(int *x) { WRITE_ONCE(*x, 1); WRITE_ONCE(*x, 2); }
                P1(int *x) { int r0; int r1; int r2; r0 = READ_ONCE(*x); r1 = READ_ONCE(*x); r2 = READ_ONCE(*x); r2 = 5; }
                exists (1:r0=2)
                """;
        Program p = new Lowering(kernel).lower(LitmusParser.parse("t.litmus", test));
        // r0 is observed: a run per value; r1 is never used and r2 is overwritten: one value each, any
        assertEquals(3, p.threads().get(1).size());
        for (ThreadPath run : p.threads().get(1)) {
            assertEquals(Event.ANY_VALUE, run.events().get(1).value());
            assertEquals(Event.ANY_VALUE, run.events().get(2).value());
        }
        TestResult r = check(test);
        // herd7 7.58: Sometimes 1 9 (coherence keeps 10 of the 27 ways P1's reads take the writes)
        assertEquals("Sometimes", r.verdict());
        assertEquals(1, r.positive().intValueExact());
        assertEquals(9, r.negative().intValueExact());
    }

    @Test
    void aDeclarationKeepsTheRegisterValueTheInitBlockGave() throws Exception {
        TestResult r = check("""
                C init-reg
                { 0:r1 = 7; }
                P0(int *x) { int r1; WRITE_ONCE(*x, r1); }
                exists (x=7)
                """);
        assertEquals("Always", r.verdict());
    }

    @Test
    void atomicCountersTakeOnlyTheValuesTheirUpdatesCanReach() throws Exception {
        TestResult r = check("""
                C counters
                { atomic_t x = ATOMIC_INIT(0); }
                P0(atomic_t *x) { atomic_inc(x); }
                P1(atomic_t *x) { atomic_add(2, x); }
                exists (x=3)
                """);
        assertEquals("Always", r.verdict());
        assertEquals(2, r.positive().intValueExact(), "two orders of the two updates");
    }

    @Test
    void outOfThinAirValuesAreUnknownsEqualToNoConstant() throws Exception {
        TestResult r = check("""
                C plain-oota
                {}
                P0(int *x, int *y) { int r1; r1 = *x; *y = r1; }
                P1(int *x, int *y) { int r1; r1 = *y; *x = r1; }
                exists (0:r1=0 /\\ 1:r1=0)
                """);
        // the execution where each read takes the other's write has no constant behind its values
        assertEquals(4, r.positive().add(r.negative()).intValueExact());
        assertEquals(3, r.positive().intValueExact(), "herd7: the circular execution does not give 0");
        assertTrue(r.states().contains("0:r1=S8; 1:r1=S8;"), "named as herd7 7.58 names them: " + r.states());
    }
}
