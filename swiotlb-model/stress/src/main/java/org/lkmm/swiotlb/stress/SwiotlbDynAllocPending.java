package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-dyn-alloc-pending.litmus (herd7: Never) on the real model: the
 * default pool is full, so both CPUs' searches fail and both ask for growth; the pending bit
 * (a compareAndSet test-and-set) lets only one queue the work. Both still get a transient pool.
 * Run: java -jar target/jcstress.jar -t SwiotlbDynAllocPending
 */
@JCStressTest
@Description("only one CPU queues the growth work")
@Outcome(id = "2", expect = FORBIDDEN, desc = "both CPUs queued the work")
@Outcome(expect = ACCEPTABLE, desc = "the work was queued once")
@State
public class SwiotlbDynAllocPending {
    final ModelFixture model = new ModelFixture(1, true);

    public SwiotlbDynAllocPending() {
        model.mapOneSlot(); // fill the default pool
    }

    @Actor
    public void cpu0() {
        model.mapOneSlot();
    }

    @Actor
    public void cpu1() {
        model.mapOneSlot();
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = model.queuedWork.get();
    }
}
