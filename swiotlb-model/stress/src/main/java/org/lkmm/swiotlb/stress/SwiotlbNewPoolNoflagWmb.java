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
 * Mirrors litmus/swiotlb/swiotlb-new-pool-noflag-wmb.litmus (herd7: Sometimes). The
 * 6.6-rc1..rc3 code: smp_wmb() in the worker and the mapper, the flag never tested, the lookup
 * walks the list after smp_rmb().
 * Run: java -jar target/jcstress.jar -t SwiotlbNewPoolNoflagWmb
 */
@JCStressTest
@Description("a bounce address from a new growth pool is always recognised")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "buffer seen, the walk read the old list head (the WRC hole of 6.6-rc1..rc3)")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "buffer seen and its pool found")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "no buffer yet, or the mapper missed the new pool")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "buffer not seen yet, the new pool already listed")
@State
public class SwiotlbNewPoolNoflagWmb {
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
        flag.setOpaque(1);
        VarHandle.storeStoreFence(); // smp_wmb
        buf.setOpaque(found);
    }

    @Actor
    public void unmapper(II_Result r) {
        r.r1 = buf.getOpaque();
        VarHandle.loadLoadFence(); // smp_rmb
        r.r2 = memPools.getAcquire().start.getOpaque();
    }
}
