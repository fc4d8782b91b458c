package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-new-pool-release-handoff.litmus (herd7: Never). No smp_mb(),
 * but the driver hands the address over with release/acquire, which is cumulative.
 * Run: java -jar target/jcstress.jar -t SwiotlbNewPoolReleaseHandoff
 */
@JCStressTest
@Description("a bounce address from a new growth pool is always recognised")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "buffer seen, pool not found: is_swiotlb_buffer() says no")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "buffer seen and recognised")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "no buffer yet, or the mapper missed the new pool")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "buffer not seen yet, but flag and pool already visible")
@State
public class SwiotlbNewPoolReleaseHandoff {
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
        }
        buf.setRelease(found);
    }

    @Actor
    public void unmapper(II_Result r) {
        r.r1 = buf.getAcquire();
        if (flag.getOpaque() == 1) {
            r.r2 = memPools.getAcquire().start.getOpaque();
        } else {
            r.r2 = 0;
        }
    }
}
