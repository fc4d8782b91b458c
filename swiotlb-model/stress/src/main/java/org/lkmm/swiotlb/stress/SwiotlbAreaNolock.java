package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-area-nolock.litmus (herd7: Sometimes). Without the lock both
 * CPUs can claim the run, on any machine.
 * Run: java -jar target/jcstress.jar -t SwiotlbAreaNolock
 */
@JCStressTest
@Description("two CPUs search one area for its only free run")
@Outcome(id = "1, 1", expect = ACCEPTABLE_INTERESTING, desc = "both CPUs claimed the run: a double allocation")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "CPU0 got the run")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "CPU1 got the run")
@State
public class SwiotlbAreaNolock {
    final AtomicInteger list = new AtomicInteger(1);
    final Object areaLock = new Object();

    @Actor
    public void cpu0(II_Result r) {
        r.r1 = claim();
    }

    @Actor
    public void cpu1(II_Result r) {
        r.r2 = claim();
    }

    /** swiotlb_area_find_slots on the area's only free run. */
    private int claim() {
        int r = list.getOpaque();
        if (r >= 1) {
            list.setOpaque(0);
        }
        return r;
    }
}
