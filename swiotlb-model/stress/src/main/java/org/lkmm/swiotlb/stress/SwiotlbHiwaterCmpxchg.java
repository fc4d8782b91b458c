package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-hiwater-cmpxchg.litmus (herd7: Never).
 * inc_used_and_hiwater(): the CAS loop only replaces a smaller mark; two tries suffice for two
 * CPUs.
 * Run: java -jar target/jcstress.jar -t SwiotlbHiwaterCmpxchg
 */
@JCStressTest
@Description("the used_hiwater mark never ends below the total")
@Outcome(id = "1", expect = FORBIDDEN, desc = "a smaller total overwrote the larger mark")
@Outcome(expect = ACCEPTABLE, desc = "the mark is 2")
@State
public class SwiotlbHiwaterCmpxchg {
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
            long seen = hiwater.compareAndExchange(old, now);
            if (seen != old && now > seen) {
                hiwater.compareAndExchange(seen, now);
            }
        }
    }

    @Arbiter
    public void arbiter(J_Result r) {
        r.r1 = hiwater.get();
    }
}
