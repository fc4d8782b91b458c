package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

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
 * Mirrors litmus/swiotlb/swiotlb-transient-pool-wmb.litmus (herd7: Never). As
 * SwiotlbTransientPool with smp_wmb(): every store the reader needs comes from the mapping
 * CPU, so a write barrier is enough.
 * Run: java -jar target/jcstress.jar -t SwiotlbTransientPoolWmb
 */
@JCStressTest
@Description("a transient pool is found by a lookup on another CPU")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "buffer seen, transient pool not found")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "buffer seen and its pool found")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "nothing seen yet")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "buffer not seen yet, flag and pool already visible")
@State
public class SwiotlbTransientPoolWmb {
    final PoolCell noPool = new PoolCell(0);
    final PoolCell transientPool = new PoolCell(0);
    final AtomicReference<PoolCell> devPools = new AtomicReference<>(noPool);
    final Object devLock = new Object();
    final AtomicInteger flag = new AtomicInteger();
    final AtomicInteger buf = new AtomicInteger();

    @Actor
    public void mapper() {
        transientPool.start.setOpaque(1);
        synchronized (devLock) {
            devPools.setRelease(transientPool); // list_add_rcu under dma_io_tlb_lock
        }
        flag.setOpaque(1);
        VarHandle.storeStoreFence(); // smp_wmb
        buf.setOpaque(1);
    }

    @Actor
    public void unmapper(II_Result r) {
        r.r1 = buf.getOpaque();
        VarHandle.loadLoadFence(); // smp_rmb
        if (flag.getOpaque() == 1) {
            r.r2 = devPools.getAcquire().start.getOpaque();
        } else {
            r.r2 = 0;
        }
    }
}
