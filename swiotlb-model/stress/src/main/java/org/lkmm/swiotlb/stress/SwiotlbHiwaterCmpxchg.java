package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-hiwater-cmpxchg.litmus (herd7: Never) on the real model: two
 * CPUs each map one slot of an empty pool; inc_used_and_hiwater raises the mark with its CAS
 * loop, so it ends at 2. Run: java -jar target/jcstress.jar -t SwiotlbHiwaterCmpxchg
 */
@JCStressTest
@Description("the used_hiwater mark never ends below the total")
@Outcome(id = "1", expect = FORBIDDEN, desc = "a smaller total overwrote the larger mark")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "the mark is 2")
@State
public class SwiotlbHiwaterCmpxchg {
    final ModelFixture model = ModelFixture.withFreeSlots(128);

    @Actor
    public void cpu0() {
        model.map(0);
    }

    @Actor
    public void cpu1() {
        model.map(1);
    }

    @Arbiter
    public void arbiter(J_Result r) {
        r.r1 = model.swiotlb.usedHiwater();
    }
}
