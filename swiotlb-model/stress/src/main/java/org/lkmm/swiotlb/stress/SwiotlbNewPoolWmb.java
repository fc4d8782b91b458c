package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-new-pool-wmb.litmus (herd7: Sometimes). As SwiotlbNewPool
 * with smp_wmb() (storeStoreFence) for smp_mb(): it does not order the mapper's load of the
 * list. HotSpot implements storeStoreFence as a release fence, so a quiet run here is no
 * evidence of safety.
 * Run: java -jar target/jcstress.jar -t SwiotlbNewPoolWmb
 */
@JCStressTest
@Description("a bounce address from a new growth pool is always recognised")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "buffer seen, pool not found: smp_wmb() does not order the mapper's list load")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "buffer seen and recognised")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "no buffer yet, or the mapper missed the new pool")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "buffer not seen yet, but flag and pool already visible")
@State
public class SwiotlbNewPoolWmb {
    final PoolCell defaultPool = new PoolCell(0); // does not hold the address
    final PoolCell newPool = new PoolCell(0);
    final AtomicReference<PoolCell> memPools = new AtomicReference<>(defaultPool);
    final AtomicInteger flag = new AtomicInteger();
    final AtomicInteger buf = new AtomicInteger();

    @Actor
    public void growthWorker() {
        newPool.start.setOpaque(1);
        memPools.setRelease(newPool); // rcu_assign_pointer
    }

    @Actor
    public void mapper() {
        PoolCell pool = memPools.getAcquire(); // rcu_dereference: Java needs acquire
        int found = pool.start.getOpaque();
        if (found == 1) {
            flag.setOpaque(1);
            VarHandle.storeStoreFence(); // smp_wmb
        }
        buf.setOpaque(found);
    }

    @Actor
    public void unmapper(II_Result r) {
        r.r1 = buf.getOpaque();
        VarHandle.loadLoadFence(); // smp_rmb
        if (flag.getOpaque() == 1) {
            r.r2 = memPools.getAcquire().start.getOpaque();
        } else {
            r.r2 = 0;
        }
    }
}
