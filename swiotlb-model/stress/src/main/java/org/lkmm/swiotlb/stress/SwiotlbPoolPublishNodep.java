package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-pool-publish-nodep.litmus (herd7: Sometimes). The walker
 * reads the link opaquely and the pool's field not through it: no ordering at all.
 * Run: java -jar target/jcstress.jar -t SwiotlbPoolPublishNodep
 */
@JCStressTest
@Description("a walker that reaches a newly published pool sees it initialised")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "new pool reached but its field read stale (no dependency, no acquire)")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "new pool reached and initialised")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "old list head, new pool not initialised yet")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "old list head, new pool already initialised")
@State
public class SwiotlbPoolPublishNodep {
    final PoolCell defaultPool = new PoolCell(0); // does not hold the address
    final PoolCell newPool = new PoolCell(0);
    final AtomicReference<PoolCell> memPools = new AtomicReference<>(defaultPool);

    @Actor
    public void addMemPool() {
        newPool.start.setOpaque(1);
        memPools.setRelease(newPool); // rcu_assign_pointer
    }

    @Actor
    public void walker(II_Result r) {
        PoolCell p = memPools.getOpaque();
        r.r1 = p == newPool ? 1 : 0;
        r.r2 = newPool.start.getOpaque();
    }
}
