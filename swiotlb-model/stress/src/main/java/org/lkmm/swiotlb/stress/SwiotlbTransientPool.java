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
 * Mirrors litmus/swiotlb/swiotlb-transient-pool.litmus (herd7: Never). The mapper initialises
 * a transient pool, adds it to the device list under the device lock, sets the flag, smp_mb(),
 * hands the address on; the reader finds the pool.
 * Run: java -jar target/jcstress.jar -t SwiotlbTransientPool
 */
@JCStressTest
@Description("a transient pool is found by a lookup on another CPU")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "buffer seen, transient pool not found")
@Outcome(expect = ACCEPTABLE, desc = "buffer not seen yet, or the pool found")
@State
public class SwiotlbTransientPool {
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
        VarHandle.fullFence(); // smp_mb
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
