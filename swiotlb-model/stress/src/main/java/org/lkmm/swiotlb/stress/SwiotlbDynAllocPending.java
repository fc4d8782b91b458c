package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-dyn-alloc-pending.litmus (herd7: Never). The PENDING bit is
 * an atomic test-and-set (getAndSet), so only one caller queues the work.
 * Run: java -jar target/jcstress.jar -t SwiotlbDynAllocPending
 */
@JCStressTest
@Description("only one CPU queues the growth work")
@Outcome(id = "2", expect = FORBIDDEN, desc = "both CPUs queued the work")
@Outcome(expect = ACCEPTABLE, desc = "the work was queued once")
@State
public class SwiotlbDynAllocPending {
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
        int was = pending.getAndSet(1); // test_and_set_bit
        if (was == 0) {
            nqueued.incrementAndGet();
        }
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = nqueued.get();
    }
}
