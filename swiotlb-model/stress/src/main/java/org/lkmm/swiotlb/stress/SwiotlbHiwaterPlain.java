package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-hiwater-plain.litmus (herd7: Sometimes). Read, compare, set:
 * a CPU can overwrite a larger mark, on any machine.
 * Run: java -jar target/jcstress.jar -t SwiotlbHiwaterPlain
 */
@JCStressTest
@Description("the used_hiwater mark never ends below the total")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "a smaller total overwrote the larger mark")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "the mark is 2")
@State
public class SwiotlbHiwaterPlain {
    final AtomicLong total = new AtomicLong();
    final AtomicLong hiwater = new AtomicLong();

    @Actor
    public void cpu0() {
        incUsedAndHiwater();
    }

    @Actor
    public void cpu1() {
        incUsedAndHiwater();
    }

    private void incUsedAndHiwater() {
        long now = total.addAndGet(1);
        long old = hiwater.get();
        if (now > old) {
            hiwater.set(now);
        }
    }

    @Arbiter
    public void arbiter(J_Result r) {
        r.r1 = hiwater.get();
    }
}
