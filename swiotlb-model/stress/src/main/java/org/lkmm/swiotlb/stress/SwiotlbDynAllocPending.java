package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-dyn-alloc-pending.litmus (herd7: Never) on the real model: the
 * default pool is full, so both CPUs' searches fail and both call schedule_work(); the pending
 * bit (a compareAndSet test-and-set) lets only one queue the work (which nobody runs, so the
 * bit stays set). Both maps still succeed in transient pools, and both pools must be on the
 * device's list. Run: java -jar target/jcstress.jar -t SwiotlbDynAllocPending
 */
@JCStressTest
@Description("only one CPU queues the growth work")
@Outcome(id = "2, 2", expect = FORBIDDEN, desc = "both CPUs queued the work")
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "the work was queued once; both transient pools listed")
@State
public class SwiotlbDynAllocPending {
    final ModelFixture model = ModelFixture.exhausted(Runnable::run);

    @Actor
    public void cpu0() {
        model.map(0);
    }

    @Actor
    public void cpu1() {
        model.map(1);
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r1 = model.queued.get();
        r.r2 = model.swiotlb.transientPools(model.device).size();
    }
}
