package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-dyn-alloc-pending-plain.litmus (herd7: Sometimes). A load and
 * a store instead of the test-and-set: both CPUs can queue, on any machine.
 * Run: java -jar target/jcstress.jar -t SwiotlbDynAllocPendingPlain
 */
@JCStressTest
@Description("only one CPU queues the growth work")
@Outcome(id = "2", expect = ACCEPTABLE_INTERESTING, desc = "both CPUs queued the work")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "the work was queued once")
@State
public class SwiotlbDynAllocPendingPlain {
    final AtomicInteger pending = new AtomicInteger();
    final AtomicInteger nqueued = new AtomicInteger();

    @Actor
    public void cpu0() {
        scheduleWork();
    }

    @Actor
    public void cpu1() {
        scheduleWork();
    }

    private void scheduleWork() {
        int was = pending.getOpaque();
        pending.setOpaque(1);
        if (was == 0) {
            nqueued.incrementAndGet();
        }
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = nqueued.get();
    }
}
